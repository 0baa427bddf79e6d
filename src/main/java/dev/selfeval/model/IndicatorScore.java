package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * One indicator as the rules score it. Quantitative rows get a score from the formulas; qualitative
 * rows the band their actual text implies ({@code band}, {@code bandLow} ≤ score ≤ {@code bandHigh})
 * and, as recomputed score, the stated one brought inside that band. {@code met} says whether a
 * quantitative target was reached (null for qualitative rows). {@code recomputed} is null when the
 * row cannot be scored (no weight).
 */
public record IndicatorScore(Indicator indicator, Method method, BigDecimal recomputed, Boolean met, String band,
                             BigDecimal bandLow, BigDecimal bandHigh, String formula, RuleRef rule) {

    public enum Method {
        /** Target with >=, > or = (or none): more is better. */
        POSITIVE,
        /** Target with <= or <: less is better. */
        REVERSE,
        /** Text: the band of the actual text. */
        BAND,
        /** Nothing to recompute from: the stated score stands. */
        STATED
    }

    public int index() {
        return indicator.index();
    }
}
