package dev.selfeval.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** Reads the numbers of the forms: {@code 1,500,000}, {@code 928050.00}, {@code 41,089.5}, {@code 79.31%}. */
public final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** A cell that stands for "nothing here": blank, or one of the dashes and slashes forms use. */
    public static boolean isPlaceholder(String cell) {
        if (cell == null) {
            return true;
        }
        String t = cell.strip();
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
        if (isPlaceholder(cell)) {
            return null;
        }
        String t = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        throw new NumberFormatException("「" + cell.strip() + "」不是数字");
    }

    /** Like {@link #parse} but answers null instead of throwing. */
    public static BigDecimal tryParse(String cell) {
        try {
            return parse(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
