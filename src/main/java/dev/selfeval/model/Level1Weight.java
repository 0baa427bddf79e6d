package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * A level-1 indicator group's weight as a layout without a 分值 column writes it, in the level-1 name
 * (产出指标（60 分）): {@code weight} is null when the name carries none; {@code line} is the row the
 * name is written on.
 */
public record Level1Weight(String level1, BigDecimal weight, int line) {
}
