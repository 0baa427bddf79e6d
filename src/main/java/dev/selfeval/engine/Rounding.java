package dev.selfeval.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How rates and scores are rounded (parameters.yaml {@code rounding}): {@code scale} decimals by
 * {@code mode}, once at the end of each formula step, as the forms round (2 decimals, half up).
 */
public record Rounding(int scale, RoundingMode mode) {

    public BigDecimal round(BigDecimal x) {
        return x == null ? null : x.setScale(scale, mode);
    }

    /** part ÷ whole × 100; null when whole is missing or 0. */
    public BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(Calc.HUNDRED).divide(whole, scale, mode);
    }

    /** a × b ÷ c (a single rounding at the end). */
    public BigDecimal mulDiv(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.multiply(b).divide(c, scale, mode);
    }
}
