package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers of the forms: {@code 1,500,000}, {@code 928050.00}, {@code 41,089.5}, {@code 79.31%}. */
public final class Numbers {
    /** A plain decimal or one grouped in threes by commas; no other text. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d+)?");

    private Numbers() {
    }

    /**
     * The number in a cell, keeping the scale it was written with; a trailing % is dropped (rates are
     * held in percent). Null when the cell holds anything else (blank, a dash, {@code 12,3a4}).
     */
    public static BigDecimal tryParse(String cell) {
        String t = numberText(cell);
        return t == null ? null : decimal(t);
    }

    /** Whether a cell holds a number (as {@link #tryParse} reads them). */
    public static boolean isNumber(String cell) {
        return numberText(cell) != null;
    }

    /** A text already known to match {@link #NUMBER}, as a BigDecimal with the scale it was written with. */
    static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    /** The text a number is read from (NFKC-folded, stripped, a trailing % dropped) when it is one; else null. */
    private static String numberText(String cell) {
        if (cell == null) {
            return null;
        }
        String t = Texts.nfkc(cell).strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        // most cells are text: a number starts with a digit or a sign
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '+' || t.charAt(0) == '-')) {
            return null;
        }
        Matcher m = NUMBER.matcher(t);
        return m.matches() ? t : null;
    }
}
