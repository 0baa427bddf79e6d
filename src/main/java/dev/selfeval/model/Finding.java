package dev.selfeval.model;

/**
 * One thing a rule found on one form. {@code expected} and {@code actual} are the values the
 * message was built from (a BigDecimal, a String, or null); {@code rule} is where the rule is written.
 */
public record Finding(String ruleId, Severity severity, String formId, Location location, String message,
                      Object expected, Object actual, RuleRef rule, String basis) {
}
