package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A target or actual value taken apart: {@code >=85%} is GE, 85, "%". Text that is not an optional
 * comparator, a number and a short unit is qualitative: number null, only {@code text} set.
 */
public record Measure(Comparison comparison, BigDecimal number, String unit, String text) {

    /** Comparator spellings, longest first so that {@code >=} wins over {@code >}. */
    private static final List<Map.Entry<String, Comparison>> COMPARATORS = List.of(
            Map.entry("大于等于", Comparison.GE), Map.entry("大于或等于", Comparison.GE),
            Map.entry("不低于", Comparison.GE), Map.entry("不少于", Comparison.GE), Map.entry("不小于", Comparison.GE),
            Map.entry("小于等于", Comparison.LE), Map.entry("小于或等于", Comparison.LE),
            Map.entry("不高于", Comparison.LE), Map.entry("不超过", Comparison.LE), Map.entry("不多于", Comparison.LE),
            Map.entry("不大于", Comparison.LE),
            Map.entry(">=", Comparison.GE), Map.entry("≥", Comparison.GE), Map.entry("≧", Comparison.GE),
            Map.entry("<=", Comparison.LE), Map.entry("≤", Comparison.LE), Map.entry("≦", Comparison.LE),
            Map.entry("==", Comparison.EQ),
            Map.entry("大于", Comparison.GT), Map.entry("高于", Comparison.GT), Map.entry("超过", Comparison.GT),
            Map.entry("多于", Comparison.GT),
            Map.entry("小于", Comparison.LT), Map.entry("低于", Comparison.LT), Map.entry("少于", Comparison.LT),
            Map.entry("等于", Comparison.EQ),
            Map.entry(">", Comparison.GT), Map.entry("<", Comparison.LT), Map.entry("=", Comparison.EQ));

    /** The first chars of the spellings: text starting with none of them has no comparator (most actuals). */
    private static final String COMPARATOR_STARTS = Texts.firstChars(COMPARATORS.stream().map(Map.Entry::getKey).toList());
    /** The spellings by the index of their first char in {@link #COMPARATOR_STARTS}, longest first as in the list. */
    private static final List<List<Map.Entry<String, Comparison>>> BY_START = COMPARATOR_STARTS.chars()
            .mapToObj(c -> COMPARATORS.stream().filter(e -> e.getKey().charAt(0) == c).toList()).toList();

    public static Measure parse(String text) {
        if (text == null || text.isBlank()) {
            return new Measure(null, null, null, text);
        }
        String t = Texts.nfkc(text).strip();
        int n = t.length();
        Comparison comparison = null;
        int from = 0; // where the number starts: after the comparator and the whitespace after it
        int start = t.isEmpty() ? -1 : COMPARATOR_STARTS.indexOf(t.charAt(0));
        if (start >= 0) {
            for (Map.Entry<String, Comparison> c : BY_START.get(start)) {
                if (t.startsWith(c.getKey())) {
                    comparison = c.getValue();
                    from = skipWhitespace(t, c.getKey().length());
                    break;
                }
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
        if (number == null) {
            return new Measure(comparison, null, null, text);
        }
        int unit = skipWhitespace(t, i);
        if (n - unit > 6) {
            return new Measure(comparison, null, null, text);
        }
        for (int k = unit; k < n; k++) {
            char c = t.charAt(k);
            if (isAsciiDigit(c) || Texts.space(c) || c == '<' || c == '>' || c == '=' || c == '≥' || c == '≤') {
                return new Measure(comparison, null, null, text);
            }
        }
        return new Measure(comparison, number, unit == n ? null : t.substring(unit), text);
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

    /** The unit with its spellings folded together ({@code 百分比} and {@code %} are one). */
    public String normalizedUnit() {
        if (unit == null) {
            return null;
        }
        return unit.equals("百分比") || unit.equals("百分率") ? "%" : unit;
    }
}
