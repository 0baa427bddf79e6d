package dev.selfeval.model;

/**
 * One thing a rule found on one form. {@code expected} and {@code actual} are the values the
 * message was built from (a BigDecimal, a String, or null); {@code rule} is where the rule is written.
 * {@code fingerprint} is stable across runs (rule, form and location; not the message or line), so
 * that a later run can tell new findings from old ones. {@code waiver} is set when an approved
 * waiver accepts the finding; {@code baseline} is "new" or "unchanged" when compared with a baseline.
 */
public record Finding(String ruleId, Severity severity, String formId, Location location, String message,
                      Object expected, Object actual, RuleRef rule, String basis, String fingerprint, Waiver waiver,
                      String baseline) {

    public Finding(String ruleId, Severity severity, String formId, Location location, String message,
                   Object expected, Object actual, RuleRef rule, String basis) {
        this(ruleId, severity, formId, location, message, expected, actual, rule, basis, null, null, null);
    }

    public Finding withFingerprint(String fp) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, fp, waiver, baseline);
    }

    public Finding withWaiver(Waiver w) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, fingerprint, w, baseline);
    }

    public Finding withBaseline(String status) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, fingerprint, waiver,
                status);
    }

    /** Waived findings stay in the report but do not count as problems. */
    public boolean waived() {
        return waiver != null;
    }
}
