package dev.selfeval.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One band of qualitative scoring: the share of the weight it allows ({@code min} ≤ share <
 * {@code max}, percent; the top band includes its max) and the words that place an actual text in it.
 */
public record QualBand(String name, BigDecimal min, BigDecimal max, boolean sameAsTarget, List<String> words,
                       List<String> exact) {
}
