package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Which template a form's rows match best: each scores a point for every label it names that begins
 * a cell of the form (every synonym of one column counting once), two for a sign (a label only
 * that layout has) and two for its title; the first template in file order wins a tie.
 */
final class TemplateChoice {
    private TemplateChoice() {
    }

    /** The templates from best match to worst. */
    static List<Template> ranked(List<Row> rows, Templates templates) {
        List<String> keys = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < r.size(); i++) {
                if (!r.blank(i)) {
                    keys.add(r.key(i));
                }
            }
        }
        List<Template> order = new ArrayList<>(templates.list());
        List<Integer> scores = new ArrayList<>();
        for (Template t : order) {
            scores.add(score(t, keys));
        }
        List<Template> ranked = new ArrayList<>();
        while (!order.isEmpty()) {
            int best = 0;
            for (int i = 1; i < order.size(); i++) {
                if (scores.get(i) > scores.get(best)) {
                    best = i;
                }
            }
            ranked.add(order.remove(best));
            scores.remove(best);
        }
        return ranked;
    }

    private static int score(Template t, List<String> keys) {
        java.util.BitSet matched = new java.util.BitSet();
        for (String k : keys) {
            for (Template.Label l : t.labelsStartingWith(k.charAt(0))) {
                if (k.startsWith(l.text())) {
                    matched.set(l.group());
                }
            }
        }
        int score = matched.cardinality();
        for (String sign : t.signs()) {
            score += keys.stream().anyMatch(k -> k.startsWith(sign)) ? 2 : 0;
        }
        for (String title : t.titles()) {
            if (keys.stream().anyMatch(k -> k.contains(title))) {
                score += 2;
                break;
            }
        }
        return score;
    }
}
