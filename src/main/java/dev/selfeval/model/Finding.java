package dev.selfeval.model;

/**
 * One thing a rule found on one form. {@code expected} and {@code actual} are the values the
 * message was built from (a BigDecimal, a String, or null); {@code rule} is where the rule is written.
 * {@code source} is where the finding points in the input file (a text line; a workbook cell; a PDF
 * page and line; a Word table and row), null when it points at no one file. {@code fingerprint} is
 * stable across runs (rule, form and location; not the message or line), so that a later run can
 * tell new findings from old ones. {@code waiver} is set when an approved waiver accepts the finding;
 * {@code baseline} is "new" or "unchanged" when compared with a baseline.
 */
public record Finding(String ruleId, Severity severity, String formId, Location location, String message,
                      Object expected, Object actual, RuleRef rule, String basis, SourceRef source,
                      String fingerprint, Waiver waiver, String baseline) {

    public Finding(String ruleId, Severity severity, String formId, Location location, String message,
                   Object expected, Object actual, RuleRef rule, String basis) {
        this(ruleId, severity, formId, location, message, expected, actual, rule, basis, null, null, null, null);
    }

    public Finding withSource(SourceRef s) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, s, fingerprint,
                waiver, baseline);
    }

    public Finding withFingerprint(String fp) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, source, fp,
                waiver, baseline);
    }

    public Finding withWaiver(Waiver w) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, source,
                fingerprint, w, baseline);
    }

    public Finding withBaseline(String status) {
        return new Finding(ruleId, severity, formId, location, message, expected, actual, rule, basis, source,
                fingerprint, waiver, status);
    }

    /** The location as auditors read it: {@code 绩效指标 › … › 得分（第 61 行）}, {@code …（3-项目!I13）}. */
    public String where() {
        String place = source == null ? "" : source.place();
        return place.isEmpty() ? location.toString() : location.path() + "（" + place + "）";
    }

    /** Waived findings stay in the report but do not count as problems. */
    public boolean waived() {
        return waiver != null;
    }
}
