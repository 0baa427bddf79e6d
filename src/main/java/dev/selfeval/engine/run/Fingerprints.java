package dev.selfeval.engine.run;

import dev.selfeval.model.Finding;
import dev.selfeval.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable fingerprints of findings: rule id, form id and location (section, levels, indicator,
 * field — not the line, which moves when a form is resubmitted, nor the message, whose numbers
 * change). Findings with the same key on one form are told apart by their order.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The findings of one form, in report order, each with its fingerprint. */
    public static List<Finding> assign(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = key(f.ruleId(), f.formId(), f.location());
            int n = seen.merge(key, 1, Integer::sum);
            out.add(f.withFingerprint(hash(key + "\u0000" + n)));
        }
        return out;
    }

    /** The fingerprint a finding with these fields, the n-th of its key on its form, has. */
    public static String of(String ruleId, String formId, Location l, int occurrence) {
        return hash(key(ruleId, formId, l) + "\u0000" + occurrence);
    }

    /** A finding on a group of forms: the rule and the forms. */
    public static String ofGroup(String ruleId, List<String> formIds) {
        return hash(ruleId + "\u0000" + String.join("\u0001", formIds));
    }

    public static String key(String ruleId, String formId, Location l) {
        StringBuilder sb = new StringBuilder(ruleId).append('\u0000').append(formId);
        if (l != null) {
            for (String part : new String[] {l.section(), l.level1(), l.level2(), l.indicator(), l.field()}) {
                sb.append('\u0000').append(part == null ? "" : part);
            }
        }
        return sb.toString();
    }

    private static String hash(String s) {
        return HexFormat.of().toHexDigits(Fnv.hash(s));
    }
}
