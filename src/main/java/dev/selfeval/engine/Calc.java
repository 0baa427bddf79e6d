package dev.selfeval.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact arithmetic for the rules: BigDecimal only, one rounding (half-up, 2 decimals) per formula
 * step, as the forms round. Formatting helpers write numbers the way the messages show them.
 */
public final class Calc {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Calc() {
    }

    public static BigDecimal round2(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_UP);
    }

    /** part ÷ whole × 100, 2 decimals; null when whole is missing or 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** a × b ÷ c, 2 decimals (a single rounding at the end). */
    public static BigDecimal mulDiv(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.multiply(b).divide(c, 2, RoundingMode.HALF_UP);
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

    /** A score or rate with exactly 2 decimals ({@code 7.93}, {@code 10.00}). */
    public static String fix2(BigDecimal x) {
        return x == null ? "空" : round2(x).toPlainString();
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

    /** A rate in percent with 2 decimals ({@code 79.30%}). */
    public static String pct(BigDecimal x) {
        return x == null ? "空" : round2(x).toPlainString() + "%";
    }
}
