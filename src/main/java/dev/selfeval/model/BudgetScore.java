package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * The budget execution line as the rules recompute it: rate in percent (null when there is no
 * budget to divide by) and score, with the formula written out with its numbers.
 */
public record BudgetScore(BigDecimal weight, BigDecimal rate, BigDecimal score, String formula, RuleRef rule) {
}
