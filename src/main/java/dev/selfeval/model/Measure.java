package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A target or actual value taken apart: {@code >=85%} is GE, 85, "%". Text that is not an optional
 * comparator, a number and a short unit is qualitative: number null, only {@code text} set. The
 * comparator may also follow the number ({@code 95%以上}); {@code normalizedUnit} is the unit with its
 * spellings folded together ({@code 百分比} is {@code %}); {@code blank}: nothing is written, or only a
 * dash the vocabulary lists as meaning nothing ({@code —}, {@code /}). The words are the vocabulary's.
 */
public record Measure(Comparison comparison, BigDecimal number, String unit, String text, String normalizedUnit,
                      boolean blank) {

    public static Measure parse(String text, Vocabulary vocabulary) {
        if (vocabulary.isBlank(text)) {
            return new Measure(null, null, null, text, null, true);
        }
        String t = Texts.nfkc(text).strip();
        int n = t.length();
        Comparison comparison = null;
        int from = 0; // where the number starts: after the comparator and the whitespace after it
        for (Vocabulary.Spelling c : vocabulary.comparators()) {
            if (t.startsWith(c.text())) {
                comparison = c.comparison();
                from = skipWhitespace(t, c.text().length());
                break;
            }
        }
        // number: digits with optional thousands commas and decimals; then a short unit
        int i = from < n && (t.charAt(from) == '+' || t.charAt(from) == '-') ? from + 1 : from;
        int digitsStart = i;
        while (i < n && (isAsciiDigit(t.charAt(i)) || t.charAt(i) == ',' && i > digitsStart)) {
            i++;
        }
        if (i < n && t.charAt(i) == '.' && i + 1 < n && isAsciiDigit(t.charAt(i + 1))) {
            i++;
            while (i < n && isAsciiDigit(t.charAt(i))) {
                i++;
            }
        }
        // plain or grouped in threes as a number cell is (1,500,000 yes; 15,00, 1500, and 1234,567 no)
        String digits = t.substring(from, i);
        BigDecimal number = i == digitsStart || !Numbers.NUMBER.matcher(digits).matches() ? null : Numbers.decimal(digits);
        if (number != null && !Numbers.plausible(number)) {
            number = null;
        }
        if (number == null) {
            return new Measure(comparison, null, null, text, null, false);
        }
        int unit = skipWhitespace(t, i);
        String rest = t.substring(unit);
        for (Vocabulary.Spelling s : vocabulary.suffixes()) {
            if (rest.endsWith(s.text())) {
                comparison = comparison != null ? comparison : s.comparison();
                rest = rest.substring(0, rest.length() - s.text().length()).strip();
                break;
            }
        }
        if (rest.length() > 6) {
            return new Measure(comparison, null, null, text, null, false);
        }
        // a unit has no digits, spaces or comparator spellings in it
        for (int k = 0; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (isAsciiDigit(c) || Texts.space(c)) {
                return new Measure(comparison, null, null, text, null, false);
            }
        }
        for (Vocabulary.Spelling c : vocabulary.comparators()) {
            if (!rest.isEmpty() && rest.contains(c.text())) {
                return new Measure(comparison, null, null, text, null, false);
            }
        }
        String u = rest.isEmpty() ? null : rest;
        return new Measure(comparison, number, u, text, vocabulary.unit(u), false);
    }

    /** The first index from {@code i} on that is not whitespace as {@link String#strip} sees it. */
    private static int skipWhitespace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public boolean quantitative() {
        return number != null;
    }
}
