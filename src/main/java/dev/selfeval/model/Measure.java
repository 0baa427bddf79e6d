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
        Comparison comparison = null;
        int start = t.isEmpty() ? -1 : COMPARATOR_STARTS.indexOf(t.charAt(0));
        if (start >= 0) {
            for (Map.Entry<String, Comparison> c : BY_START.get(start)) {
                if (t.startsWith(c.getKey())) {
                    comparison = c.getValue();
                    t = t.substring(c.getKey().length()).strip();
                    break;
                }
            }
        }
        // number: digits with optional thousands commas and decimals; then a short unit
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        int digitsStart = i;
        while (i < t.length() && (isAsciiDigit(t.charAt(i)) || t.charAt(i) == ',' && i > digitsStart)) {
            i++;
        }
        if (i < t.length() && t.charAt(i) == '.' && i + 1 < t.length() && isAsciiDigit(t.charAt(i + 1))) {
            i++;
            while (i < t.length() && isAsciiDigit(t.charAt(i))) {
                i++;
            }
        }
        String number = t.substring(0, i);
        if (i == digitsStart || !groupedInThrees(number, digitsStart)) {
            return new Measure(comparison, null, null, text);
        }
        String unit = t.substring(i).strip();
        if (unit.length() > 6) {
            return new Measure(comparison, null, null, text);
        }
        for (int k = 0; k < unit.length(); k++) {
            char c = unit.charAt(k);
            if (isAsciiDigit(c) || Texts.space(c) || c == '<' || c == '>' || c == '=' || c == '≥' || c == '≤') {
                return new Measure(comparison, null, null, text);
            }
        }
        return new Measure(comparison, Numbers.decimal(number.replace(",", "")), unit.isEmpty() ? null : unit, text);
    }

    /**
     * Digits (then maybe a fraction) whose thousands commas, if any, each stand before exactly three
     * digits: {@code 1,500,000} yes, {@code 15,00} and {@code 1500,} no.
     */
    private static boolean groupedInThrees(String number, int from) {
        int end = number.indexOf('.');
        if (end < 0) {
            end = number.length();
        }
        if (number.charAt(from) == ',') {
            return false;
        }
        int run = 0;
        boolean comma = false;
        for (int k = from; k < end; k++) {
            if (number.charAt(k) == ',') {
                if (comma && run != 3) {
                    return false;
                }
                comma = true;
                run = 0;
            } else {
                run++;
            }
        }
        return !comma || run == 3;
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
