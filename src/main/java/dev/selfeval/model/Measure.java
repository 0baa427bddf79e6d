package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A target or actual value taken apart: {@code >=85%} is GE, 85, "%". Text that is not an optional
 * comparator, a number and a short unit is qualitative: number null, only {@code text} set. The
 * comparator may also follow the number ({@code 95%以上}); a point in time ({@code 2019年}, the
 * vocabulary's {@code timePoints}) is no quantity; {@code normalizedUnit} is the unit with its
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
        // the number at the start, as a number cell is written (1,500,000 or 1500000; 15,00 and 1234,567 are no numbers)
        Matcher m = Numbers.LEADING.matcher(t).region(from, n);
        BigDecimal number = m.lookingAt() ? Numbers.decimal(m.group()) : null;
        if (number == null || !Numbers.plausible(number) || vocabulary.timePoint(t, from)) {
            return new Measure(comparison, null, null, text, null, false);
        }
        int i = m.end();
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
            if (c >= '0' && c <= '9' || Texts.space(c) || c == ',' || c == '.') {
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

    /**
     * An actual value: as {@link #parse}, but one of the vocabulary's {@code reached} words before the
     * number (达到98%) says what was reached, and is no comparison; a comparison after it still is
     * (达到95%以上).
     */
    public static Measure actual(String text, Vocabulary vocabulary) {
        String rest = vocabulary.afterReached(text);
        Measure m = rest == null ? null : parse(rest, vocabulary);
        return m != null && m.quantitative() ? new Measure(m.comparison(), m.number(), m.unit(), text, m.normalizedUnit(), false)
                : parse(text, vocabulary);
    }

    /** The first index from {@code i} on that is not whitespace as {@link String#strip} sees it. */
    private static int skipWhitespace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    public boolean quantitative() {
        return number != null;
    }
}
