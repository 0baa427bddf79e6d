package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<Template, Integer> scores = new HashMap<>();
        templates.list().forEach(t -> scores.put(t, score(t, keys)));
        List<Template> ranked = new ArrayList<>(templates.list());
        ranked.sort(Comparator.comparing(scores::get, Comparator.reverseOrder())); // stable: a tie keeps file order
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
