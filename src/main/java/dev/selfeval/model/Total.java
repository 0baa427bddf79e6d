package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * The 总分 row: stated weight (normally 100), stated total score and, where the layout has one, the
 * grade written after them (优, 良好 …); null when missing.
 */
public record Total(BigDecimal weight, BigDecimal score, String grade, int line) {
}
