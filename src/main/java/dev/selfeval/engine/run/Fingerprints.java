package dev.selfeval.engine.run;

import dev.selfeval.model.Finding;
import dev.selfeval.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable fingerprints of findings: rule id, the form's key (which project: not its file, which is
 * renamed; not its year, so that last year's finding on the project is found again) and location
 * (section, levels, indicator, field — not the line, which moves when a form is resubmitted, nor the
 * message, whose numbers change). Findings with the same key on one form are told apart by their
 * order; a finding on a group of forms by the rule and the forms' keys.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * The findings of one form, in report order, each with its fingerprint; {@code formKey} is the
     * form's key ({@link dev.selfeval.model.FormKey}), "" or null for a form without one (its id is used).
     */
    public static List<Finding> assign(List<Finding> findings, String formKey) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = key(f.ruleId(), formKey == null || formKey.isEmpty() ? f.formId() : formKey, f.location());
            int n = seen.merge(key, 1, Integer::sum);
            out.add(f.withFingerprint(hash(key + "\u0000" + n)));
        }
        return out;
    }

    /** The fingerprint a finding with these fields, the n-th of its key on its form, has. */
    public static String of(String ruleId, String formId, Location l, int occurrence) {
        return hash(key(ruleId, formId, l) + "\u0000" + occurrence);
    }

    /** A finding on a group of forms: the rule and the forms (their keys, or ids). */
    public static String ofGroup(String ruleId, List<String> forms) {
        return hash(ruleId + "\u0000" + String.join("\u0001", forms));
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
