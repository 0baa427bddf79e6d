package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers of the forms: {@code 1,500,000}, {@code 928050.00}, {@code 41,089.5}, {@code 79.31%}. */
public final class Numbers {
    /** Longer cells are never numbers (checked before the regex and BigDecimal see them). */
    private static final int MAX_CELL = 64;
    /** A plain decimal or one grouped in threes by commas; no other text. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d+)?");
    /** A number at the start of a text ({@code 85} in {@code 85%以上}): grouped in threes tried first, so that 1,500 is whole. */
    static final Pattern LEADING = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    /** The most digits before the point a form's number can have: amounts in yuan below 10^18. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** The most digits after the point, trailing zeros aside. */
    public static final int MAX_DECIMALS = 10;

    private Numbers() {
    }

    /**
     * Whether a number is within what a form can mean ({@link #MAX_INTEGER_DIGITS} digits before the
     * point, {@link #MAX_DECIMALS} after it). A 100,000-digit cell or {@code 1e999999999} is no amount,
     * and arithmetic on it would cost gigabytes.
     */
    public static boolean plausible(BigDecimal n) {
        if (n.precision() > MAX_INTEGER_DIGITS + MAX_DECIMALS + 20) {
            return false;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.precision() - s.scale() <= MAX_INTEGER_DIGITS && s.scale() <= MAX_DECIMALS;
    }

    /** Why a number is refused by {@link #plausible}, in Chinese, for the finding that names its cell. */
    public static String implausible() {
        return "数值超出表格可能的范围（整数部分至多 " + MAX_INTEGER_DIGITS + " 位，小数至多 " + MAX_DECIMALS + " 位）";
    }

    /**
     * The number in a cell, keeping the scale it was written with; a trailing % is dropped (rates are
     * held in percent). Null when the cell holds anything else (blank, a dash, {@code 12,3a4}).
     */
    public static BigDecimal tryParse(String cell) {
        String t = numberText(cell, MAX_CELL);
        if (t == null) {
            return null;
        }
        BigDecimal n = decimal(t);
        return plausible(n) ? n : null;
    }

    /** Whether a cell is written as a number but is none a form can mean ({@link #plausible}). */
    public static boolean outOfRange(String cell) {
        return numberText(cell, Integer.MAX_VALUE) != null && tryParse(cell) == null;
    }

    /** Whether a cell holds a number (as {@link #tryParse} reads them). */
    public static boolean isNumber(String cell) {
        return tryParse(cell) != null;
    }

    /** A text already known to match {@link #NUMBER}, as a BigDecimal with the scale it was written with. */
    static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    /** The text a number is read from (NFKC-folded, stripped, a trailing % dropped) when it is one of at most {@code maxLength} chars; else null. */
    private static String numberText(String cell, int maxLength) {
        if (cell == null) {
            return null;
        }
        String t = Texts.nfkc(cell).strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        Matcher m = NUMBER.matcher(t);
        return t.length() <= maxLength && m.matches() ? t : null;
    }
}
