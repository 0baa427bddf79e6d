package dev.selfeval.report;

import dev.selfeval.engine.run.Summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The HTML report's charts, as the bars its SVG is drawn from: the grade distribution, how far the
 * recomputed totals are from the stated ones (with the farthest forms named), and findings by
 * department. Each says something for any run, ten forms or a million: counts are kept, not forms.
 */
final class HtmlCharts {
    private static final int BAR_WIDTH = 300;
    /** Characters of a bar's label that fit before the bar (the whole label is its tooltip). */
    private static final int LABEL = 8;
    /** The farthest forms named under the gap chart. */
    static final int OUTLIERS = 10;
    /** Departments drawn (the most errors first). */
    static final int DEPARTMENTS = 12;

    /** A bar: its label, count, and geometry; {@code second} is a stacked second part (warnings), 0 for none. */
    record Bar(String label, String title, int count, int y, int textY, int width, int countX, int second, int secondX,
               int secondWidth, String css) {
    }

    /** A form far from its stated total: shown under the chart. */
    record Outlier(String id, String project, String stated, String recomputed, String difference) {
    }

    /** The table of the farthest forms. */
    record Outliers(List<Outlier> rows) {
    }

    /** Recomputed minus stated, in buckets from far below to far above. */
    private static final String[] GAP_LABELS = {"低 10 分以上", "低 5–10 分", "低 1–5 分", "低不到 1 分", "相同", "高不到 1 分", "高 1–5 分", "高 5 分以上"};

    private final int[] gaps = new int[GAP_LABELS.length];
    private int notCompared;
    private final PriorityQueue<FormRow> far = new PriorityQueue<>(Comparator.comparing(WorstFirst::gap));

    /** Counts one form's gap between its totals (not compared when either is missing). */
    void add(FormRow row) {
        BigDecimal d = row.difference();
        if (d == null) {
            notCompared++;
            return;
        }
        gaps[bucket(d)]++;
        if (d.signum() != 0) {
            far.add(row);
            if (far.size() > OUTLIERS) {
                far.poll();
            }
        }
    }

    private static int bucket(BigDecimal d) {
        int sign = d.signum();
        if (sign == 0) {
            return 4;
        }
        BigDecimal a = d.abs();
        int size = a.compareTo(BigDecimal.ONE) < 0 ? 0 : a.compareTo(BigDecimal.valueOf(5)) <= 0 ? 1 : a.compareTo(BigDecimal.TEN) <= 0 ? 2 : 3;
        return sign < 0 ? 3 - size : 5 + Math.min(size, 2);
    }

    /** Bars for the gap between recomputed and stated totals, lowest first. */
    List<Bar> gaps() {
        int most = 1;
        for (int n : gaps) {
            most = Math.max(most, n);
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            bars.add(bar(GAP_LABELS[i], gaps[i], 0, i, most, i < 4 ? "lower" : i == 4 ? "same" : "higher"));
        }
        return bars;
    }

    /** Forms whose totals could not both be had (not in the gap chart). */
    int notCompared() {
        return notCompared;
    }

    /** The farthest forms, farthest first; null when every compared form adds up. */
    Outliers outliers() {
        List<FormRow> rows = new ArrayList<>(far);
        rows.sort(Comparator.comparing(WorstFirst::gap).reversed());
        return rows.isEmpty() ? null : new Outliers(rows.stream().map(r -> new Outlier(r.id(), r.project(), Show.score(r.statedTotal()),
                Show.score(r.recomputedTotal()), (r.difference().signum() > 0 ? "+" : "") + Show.score(r.difference()))).toList());
    }

    /** Findings by department, errors and warnings stacked, the most errors first. */
    static List<Bar> departments(List<Summary.Department> departments) {
        List<Summary.Department> drawn = departments.subList(0, Math.min(DEPARTMENTS, departments.size()));
        int most = Math.max(1, drawn.stream().mapToInt(d -> d.errors() + d.warnings()).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (Summary.Department d : drawn) {
            bars.add(bar(d.name(), d.errors(), d.warnings(), bars.size(), most, "errors"));
        }
        return bars;
    }

    /** Bars for the grades, best first, then the forms without a grade. */
    static List<Bar> grades(List<String> order, Map<String, Integer> counts, int forms) {
        List<String> labels = new ArrayList<>(order);
        counts.keySet().stream().filter(g -> !labels.contains(g)).forEach(labels::add);
        int graded = counts.values().stream().mapToInt(Integer::intValue).sum();
        int most = Math.max(1, Math.max(forms - graded, counts.values().stream().max(Integer::compare).orElse(1)));
        List<Bar> bars = new ArrayList<>();
        for (String g : labels) {
            bars.add(bar(g, counts.getOrDefault(g, 0), 0, bars.size(), most, "grade"));
        }
        if (forms > graded) {
            bars.add(bar("无等级", forms - graded, 0, bars.size(), most, "grade"));
        }
        return bars;
    }

    /** The height of a chart of {@code bars} bars. */
    static int height(List<Bar> bars) {
        return bars.size() * 26 + 8;
    }

    private static Bar bar(String label, int count, int second, int i, int most, String css) {
        int y = 8 + i * 26;
        int width = count == 0 ? 0 : Math.max(2, count * BAR_WIDTH / most);
        int secondWidth = second == 0 ? 0 : Math.max(2, second * BAR_WIDTH / most);
        int end = 110 + width + secondWidth;
        String shown = label.length() > LABEL ? label.substring(0, LABEL - 1) + "…" : label;
        return new Bar(shown, label, count, y, y + 15, width, end + 6, second, 110 + width, secondWidth, css);
    }
}
