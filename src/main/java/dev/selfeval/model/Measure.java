package dev.selfeval.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*([^\\d\\s<>=≥≤]{0,6})");

    public static Measure parse(String text) {
        if (text == null || text.isBlank()) {
            return new Measure(null, null, null, text);
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Comparison comparison = null;
        for (Map.Entry<String, Comparison> c : COMPARATORS) {
            if (t.startsWith(c.getKey())) {
                comparison = c.getValue();
                t = t.substring(c.getKey().length()).strip();
                break;
            }
        }
        Matcher m = NUMBER_AND_UNIT.matcher(t);
        if (!m.matches()) {
            return new Measure(comparison, null, null, text);
        }
        String unit = m.group(2).strip();
        return new Measure(comparison, new BigDecimal(m.group(1).replace(",", "")), unit.isEmpty() ? null : unit, text);
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
