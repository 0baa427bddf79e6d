package dev.selfeval.model;

import java.math.BigDecimal;

/** Reads the numbers of the forms: {@code 1,500,000}, {@code 928050.00}, {@code 41,089.5}, {@code 79.31%}. */
public final class Numbers {
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

    /**
     * The plain or grouped decimal {@code s[from, to)} (already checked), built from its digits,
     * commas skipped, when they fit a long; else by BigDecimal.
     */
    private static BigDecimal decimal(String s, int from, int to) {
        if (to - from > 18) {
            return new BigDecimal(s.substring(from, to).replace(",", ""));
        }
        long unscaled = 0;
        int scale = -1;
        boolean negative = s.charAt(from) == '-';
        for (int i = negative || s.charAt(from) == '+' ? from + 1 : from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                scale = 0;
            } else if (c != ',') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /**
     * The number in {@code s[from, to)} when that is exactly a plain or grouped one,
     * {@code [+-]?digits(.digits)?} or {@code 1,830,000.00}, with maybe a trailing %, which
     * {@link #tryParse} would read the same; null for anything else, which only {@link #tryParse}
     * can answer. Reads a number inside a longer text without cutting it out (a row's number cells,
     * the number of a target or an actual).
     */
    public static BigDecimal tryParsePlain(String s, int from, int to) {
        int end = to > from && s.charAt(to - 1) == '%' ? to - 1 : to;
        return decimalText(s, from, end) ? decimal(s, from, end) : null;
    }

    /** {@code s[from, to)} is a plain or a grouped decimal. */
    private static boolean decimalText(String s, int from, int to) {
        return plain(s, from, to) || grouped(s, from, to);
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
        return t != null && decimalText(t, 0, t.length()) ? decimal(t, 0, t.length()) : null;
    }

    /** Whether a cell holds a number (as {@link #parse} reads them), without building it. */
    public static boolean isNumber(String cell) {
        String t = numberText(cell);
        return t != null && decimalText(t, 0, t.length());
    }

    /** The text a number would be read from: NFKC-folded, stripped, a trailing % dropped; null for text and placeholders. */
    private static String numberText(String cell) {
        if (cannotBeNumber(cell) || isPlaceholder(cell)) {
            return null;
        }
        String t = Texts.nfkc(cell).strip();
        return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /**
     * {@code s[from, to)} is digits grouped in threes by commas, {@code 1,830,000.00}: as the expression
     * {@code [+-]?\d{1,3}(,\d{3})+(\.\d+)?} would match it (tested against it), checked without one.
     */
    static boolean grouped(String s, int from, int to) {
        int i = from < to && (s.charAt(from) == '+' || s.charAt(from) == '-') ? from + 1 : from;
        int lead = digits(s, i, to);
        if (lead < 1 || lead > 3) {
            return false;
        }
        i += lead;
        int groups = 0;
        while (i < to && s.charAt(i) == ',' && digits(s, i + 1, Math.min(i + 4, to)) == 3) {
            i += 4;
            groups++;
        }
        if (groups == 0 || i == to) {
            return groups > 0;
        }
        return s.charAt(i) == '.' && i + 1 < to && digits(s, i + 1, to) == to - i - 1;
    }

    /** How many ASCII digits {@code s} has in a row from {@code from}, looking no further than {@code to}. */
    private static int digits(String s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
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
                return Texts.ideograph(c) || c < 0x80 && !(c >= '0' && c <= '9' || c == '+' || c == '-');
            }
        }
        return false;
    }
}
