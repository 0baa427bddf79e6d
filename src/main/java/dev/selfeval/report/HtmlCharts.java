package dev.selfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML report's two charts, as coordinates its SVG is drawn from: the grade distribution (one bar
 * a grade) and stated against recomputed totals (one dot per pair of whole points, its size the number
 * of forms there, so that a million forms draw at most 101 × 101 dots).
 */
final class HtmlCharts {
    static final int PLOT = 300;
    private static final int MARGIN = 36;
    private static final int BAR_WIDTH = 300;

    /** A bar: its label, count, and geometry. */
    record Bar(String label, int count, int y, int textY, int width, int countX) {
    }

    /** A dot: where it is, how big, how many forms, and whether the recomputed total is below the stated one. */
    record Dot(int cx, int cy, String r, int stated, int recomputed, int forms, boolean lower) {
    }

    /** The plot's frame: its edges, its middle (for the axis titles) and the picture's size. */
    record Plot(int left, int right, int top, int bottom, int middle, int size, int below, int labelX) {
    }

    static Plot plot() {
        return new Plot(x(0), x(100), y(100), y(0), (x(0) + x(100)) / 2, size(), y(0) + 14, x(0) - 6);
    }

    /** A tick on both axes: where the value lies across ({@code x}) and up ({@code y}). */
    record Tick(int x, int y, int value) {
    }

    private final Map<Long, Integer> pairs = new TreeMap<>();
    private int plotted;
    private int outside;

    /** Counts one form's totals (either may be null: not plotted). */
    void add(BigDecimal stated, BigDecimal recomputed) {
        if (stated == null || recomputed == null) {
            return;
        }
        int s = stated.setScale(0, RoundingMode.HALF_UP).intValue();
        int r = recomputed.setScale(0, RoundingMode.HALF_UP).intValue();
        if (s < 0 || s > 100 || r < 0 || r > 100) {
            outside++;
            return;
        }
        plotted++;
        pairs.merge(s * 1000L + r, 1, Integer::sum);
    }

    int plotted() {
        return plotted;
    }

    /** Forms whose totals lie outside 0–100 (not drawn). */
    int outside() {
        return outside;
    }

    List<Dot> dots() {
        List<Dot> dots = new ArrayList<>();
        int most = pairs.values().stream().max(Integer::compare).orElse(1);
        pairs.forEach((k, n) -> {
            int s = (int) (k / 1000);
            int r = (int) (k % 1000);
            double radius = 2.5 + 7.5 * Math.sqrt(n / (double) most);
            dots.add(new Dot(x(s), y(r), String.format("%.1f", radius), s, r, n, r < s));
        });
        return dots;
    }

    static List<Tick> ticks() {
        List<Tick> t = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) {
            t.add(new Tick(x(v), y(v), v));
        }
        return t;
    }

    /** Where a score lies on either axis (the y axis runs upwards). */
    static int x(int score) {
        return MARGIN + score * PLOT / 100;
    }

    static int y(int score) {
        return MARGIN + PLOT - score * PLOT / 100 - MARGIN / 2;
    }

    static int size() {
        return PLOT + MARGIN * 2;
    }

    /** Bars for the grades, best first, then the forms without a grade. */
    static List<Bar> grades(List<String> order, Map<String, Integer> counts, int forms) {
        List<String> labels = new ArrayList<>(order);
        counts.keySet().stream().filter(g -> !labels.contains(g)).forEach(labels::add);
        int graded = counts.values().stream().mapToInt(Integer::intValue).sum();
        int most = Math.max(1, Math.max(forms - graded, counts.values().stream().max(Integer::compare).orElse(1)));
        List<Bar> bars = new ArrayList<>();
        for (String g : labels) {
            bars.add(bar(g, counts.getOrDefault(g, 0), bars.size(), most));
        }
        if (forms > graded) {
            bars.add(bar("无等级", forms - graded, bars.size(), most));
        }
        return bars;
    }

    private static Bar bar(String label, int count, int i, int most) {
        int y = 8 + i * 30;
        int width = count == 0 ? 0 : Math.max(2, count * BAR_WIDTH / most);
        return new Bar(label, count, y, y + 16, width, 60 + width + 6);
    }
}
