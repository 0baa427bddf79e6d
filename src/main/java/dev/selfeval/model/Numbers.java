package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads the numbers of the forms: {@code 1,500,000}, {@code 928050.00}, {@code 41,089.5}, {@code 79.31%}. */
public final class Numbers {
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** A cell that stands for "nothing here": blank, or one of the dashes and slashes forms use. */
    public static boolean isPlaceholder(String cell) {
        if (cell == null) {
            return true;
        }
        // as strip() would trim, but without a copy for the long texts that are most cells
        int from = 0;
        int to = cell.length();
        while (from < to && Character.isWhitespace(cell.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
            to--;
        }
        if (to - from > 2) {
            return false;
        }
        String t = cell.substring(from, to);
        return t.isEmpty() || t.equals("—") || t.equals("——") || t.equals("-") || t.equals("--")
                || t.equals("/") || t.equals("－") || t.equals("／") || t.equals("–");
    }

    /**
     * The number in a cell, keeping the scale it was written with; a trailing % is dropped (rates are
     * held in percent). Null for a placeholder.
     *
     * @throws NumberFormatException when the cell holds something else, such as {@code 12,3a4}
     */
    public static BigDecimal parse(String cell) {
        BigDecimal n = tryParse(cell);
        if (n == null && !isPlaceholder(cell)) {
            throw new NumberFormatException("「" + cell.strip() + "」不是数字");
        }
        return n;
    }

    /** A plain decimal (already checked) built from its digits when they fit a long; else by BigDecimal. */
    static BigDecimal decimal(String t) {
        return decimal(t, 0, t.length());
    }

    /** {@link #decimal(String)} of {@code s[from, to)}. */
    static BigDecimal decimal(String s, int from, int to) {
        if (to - from > 18) {
            return new BigDecimal(s.substring(from, to));
        }
        long unscaled = 0;
        int scale = -1;
        boolean negative = s.charAt(from) == '-';
        for (int i = negative || s.charAt(from) == '+' ? from + 1 : from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                scale = 0;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /**
     * The number in {@code s[from, to)} when that is exactly a plain one, {@code [+-]?digits(.digits)?}
     * with maybe a trailing %, which {@link #tryParse} would read the same; null for anything else,
     * which only {@link #tryParse} can answer. Reads the number cells of a row without cutting them out.
     */
    public static BigDecimal tryParsePlain(String s, int from, int to) {
        int end = to > from && s.charAt(to - 1) == '%' ? to - 1 : to;
        return plain(s, from, end) ? decimal(s, from, end) : null;
    }

    /** {@code s[from, to)} is {@code [+-]?digits(.digits)?}: checked without a regular expression (this runs for every cell). */
    private static boolean plain(String s, int from, int to) {
        int i = from < to && (s.charAt(from) == '+' || s.charAt(from) == '-') ? from + 1 : from;
        int digits = 0;
        int dot = -1;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && dot < 0 && digits > 0) {
                dot = i;
            } else {
                return false;
            }
        }
        return digits > 0 && dot != to - 1;
    }

    /** Like {@link #parse} but answers null instead of throwing (and without the cost of an exception). */
    public static BigDecimal tryParse(String cell) {
        String t = numberText(cell);
        if (t == null) {
            return null;
        }
        if (plain(t, 0, t.length())) {
            return decimal(t);
        }
        return grouped(t) ? new BigDecimal(t.replace(",", "")) : null;
    }

    /** Whether a cell holds a number (as {@link #parse} reads them), without building it. */
    public static boolean isNumber(String cell) {
        String t = numberText(cell);
        return t != null && (plain(t, 0, t.length()) || grouped(t));
    }

    /** The text a number would be read from: NFKC-folded, stripped, a trailing % dropped; null for text and placeholders. */
    private static String numberText(String cell) {
        if (cannotBeNumber(cell) || isPlaceholder(cell)) {
            return null;
        }
        String t = Texts.nfkc(cell).strip();
        return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** Digits grouped in threes by commas: 1,830,000.00. */
    private static boolean grouped(String t) {
        return t.indexOf(',') > 0 && GROUPED.matcher(t).matches();
    }

    /**
     * A quick no for most text cells: the first character that is not whitespace is a Chinese
     * character or an ASCII character no number starts with. (Anything else takes the full check,
     * which also folds full-width digits.)
     */
    private static boolean cannotBeNumber(String cell) {
        if (cell == null) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!Texts.space(c)) {
                return c >= '\u4E00' && c <= '\u9FFF' || c < 0x80 && !(c >= '0' && c <= '9' || c == '+' || c == '-');
            }
        }
        return false;
    }
}
