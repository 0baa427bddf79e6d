package dev.selfeval.engine;

import java.math.BigDecimal;

/**
 * Exact arithmetic for the rules: BigDecimal only; what rounds (percent, a × b ÷ c, a score) does so
 * by parameters.yaml {@code rounding}, through {@link Params}. Formatting helpers write numbers the
 * way the messages show them, without rounding them.
 */
public final class Calc {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Calc() {
    }

    /** x with at least two decimals, never rounded: 10 is 10.00, 9.467 stays 9.467 (scores as the forms show them). */
    public static BigDecimal padded(BigDecimal x) {
        return x == null || x.scale() >= 2 ? x : x.setScale(2);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Blank counts as 0. */
    public static BigDecimal orZero(BigDecimal x) {
        return x == null ? BigDecimal.ZERO : x;
    }

    /** Both present and further apart than the tolerance. */
    public static boolean differs(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a != null && b != null && a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    public static boolean equal(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    public static boolean isZero(BigDecimal x) {
        return x != null && x.signum() == 0;
    }

    public static boolean negative(BigDecimal x) {
        return x != null && x.signum() < 0;
    }

    public static boolean positive(BigDecimal x) {
        return x != null && x.signum() > 0;
    }

    /** A number for messages: plain, no needless zeros ({@code 10}, {@code 7.93}). */
    public static String num(BigDecimal x) {
        if (x == null) {
            return "空";
        }
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A score or rate as computed, with at least 2 decimals ({@code 7.93}, {@code 10.00}). */
    public static String shown(BigDecimal x) {
        return x == null ? "空" : padded(x).toPlainString();
    }

    /** An amount with thousands separators and its own decimals ({@code 916,392.88}). */
    public static String money(BigDecimal x) {
        if (x == null) {
            return "空";
        }
        String plain = x.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(plain.length() + 6).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.append(plain, end, plain.length()).toString();
    }

    /** A rate in percent as computed, with at least 2 decimals ({@code 79.30%}). */
    public static String pct(BigDecimal x) {
        return x == null ? "空" : shown(x) + "%";
    }

    /** Whether x lies in {low, high} (both included); false for a null range or x. */
    public static boolean within(BigDecimal[] range, BigDecimal x) {
        return range != null && x != null && x.compareTo(range[0]) >= 0 && x.compareTo(range[1]) <= 0;
    }
}
