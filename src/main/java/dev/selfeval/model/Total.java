package dev.selfeval.model;

import java.math.BigDecimal;

/** The 总分 row: stated weight (normally 100) and stated total score; null when missing. */
public record Total(BigDecimal weight, BigDecimal score, int line) {
}
