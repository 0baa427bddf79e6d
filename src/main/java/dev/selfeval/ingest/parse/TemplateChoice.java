package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
        List<Template> list = templates.list();
        BitSet[] labels = new BitSet[list.size()];
        BitSet[] signs = new BitSet[list.size()];
        boolean[] titled = new boolean[list.size()];
        for (int t = 0; t < list.size(); t++) {
            labels[t] = new BitSet();
            signs[t] = new BitSet();
        }
        for (Row r : rows) {
            for (int i = 0; i < r.size(); i++) {
                if (r.blank(i)) {
                    continue;
                }
                String key = r.key(i);
                for (Templates.Clue c : templates.cluesStartingWith(key.charAt(0))) {
                    if (key.startsWith(c.text())) {
                        (c.sign() ? signs : labels)[c.template()].set(c.group());
                    }
                }
                for (int t = 0; t < list.size(); t++) {
                    for (String title : list.get(t).titles()) {
                        titled[t] |= key.contains(title);
                    }
                }
            }
        }
        int[] scores = new int[list.size()];
        for (int t = 0; t < list.size(); t++) {
            scores[t] = labels[t].cardinality() + 2 * signs[t].cardinality() + (titled[t] ? 2 : 0);
        }
        List<Template> ranked = new ArrayList<>(list);
        ranked.sort(Comparator.comparing(t -> -scores[list.indexOf(t)])); // stable: a tie keeps file order
        return ranked;
    }
}
