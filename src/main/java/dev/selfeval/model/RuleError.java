package dev.selfeval.model;

/** A rule threw while it ran on a form; the engine inserts this fact so that ENGINE-RULE-ERROR reports it. */
public record RuleError(String ruleName, String ruleId, String error) {
}
