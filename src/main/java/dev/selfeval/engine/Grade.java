package dev.selfeval.engine;

import java.math.BigDecimal;

/** A grade (等级) and the lowest total that reaches it. */
public record Grade(String name, BigDecimal min) {
}
