package dev.selfeval.ingest.parse;

import dev.selfeval.model.Indicator;
import dev.selfeval.model.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 绩效指标 table. Columns come from its header row. Data rows may sit a column or two left or
 * right of the header (the extraction drops the merged 绩效指标 cell on some rows), so each row is
 * read at the shift under which it makes most sense, the row above's shift winning ties. A blank
 * level-1 or level-2 cell repeats the row above (merged cells); a row with only level names sets
 * them for the rows below.
 */
final class IndicatorTable {
    /** Level-1 names of the national templates, used only to line rows up with the header. */
    private static final Set<String> LEVEL1_NAMES = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");
    private static final int[] SHIFTS = {0, -1, 1, -2, 2};
    /** What {@link #fit} gives a row for each cell that reads as it should, and takes for a cell left of the table. */
    private static final int LEVEL1_POINTS = 4;
    private static final int LEVEL2_POINTS = 2;
    private static final int NAME_POINTS = 2;
    private static final int NUMBER_POINTS = 1;
    private static final int OUTSIDE_PENALTY = 3;

    private final int level1;
    private final int level2;
    private final int name;
    private final int target;
    private final int actual;
    private final int weight;
    private final int score;
    private final int reason;

    private final List<Indicator> indicators = new ArrayList<>();
    private String currentLevel1;
    private String currentLevel2;
    private int shift;

    private IndicatorTable(Row header) {
        level1 = header.find("一级指标");
        level2 = header.find("二级指标");
        name = header.find("三级指标");
        target = firstOf(header, "年度指标值", "指标值", "年度目标值", "目标值");
        actual = header.find("实际完成");
        weight = header.find("分值");
        score = header.find("得分");
        int r = header.find("偏差原因");
        reason = r >= 0 ? r : score + 1;
    }

    private static int firstOf(Row row, String... prefixes) {
        for (String p : prefixes) {
            int i = row.find(p);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A header row names at least 三级指标, 分值 and 得分; else null. */
    static IndicatorTable header(Row row) {
        if (row.find("三级指标") < 0 || row.find("分值") < 0 || row.find("得分") < 0) {
            return null;
        }
        IndicatorTable t = new IndicatorTable(row);
        return t.target >= 0 && t.actual >= 0 ? t : null;
    }

    void accept(Row row, Problems problems, Places places) {
        // The row above's shift wins ties, then the first shift in SHIFTS' order.
        int best = shift;
        int bestFit = fit(row, shift);
        for (int s : SHIFTS) {
            int fit = s == shift ? bestFit : fit(row, s);
            if (fit > bestFit) {
                bestFit = fit;
                best = s;
            }
        }
        shift = best;
        boolean named = !row.blank(name + shift);
        boolean scored = !row.blank(weight + shift) || !row.blank(score + shift);
        // a row of level names only: a known level-1 name, or a level-2 name (they end in 指标)
        boolean levels = level1 >= 0 && level1Name(row.key(level1 + shift))
                || level2 >= 0 && row.key(level2 + shift).endsWith("指标");
        if (!named) {
            if (!scored && levels) {
                setLevels(row);
            } else {
                problems.skipped(row, scored ? "指标行缺少三级指标名称" : "不是指标行");
            }
            return;
        }
        setLevels(row);
        record(row, places);
        String indicator = row.cell(name + shift);
        BigDecimal w = problems.number(row, weight + shift, Problems.BAD_NUMBER, "绩效指标「", indicator, "」 分值");
        BigDecimal sc = problems.number(row, score + shift, Problems.BAD_NUMBER, "绩效指标「", indicator, "」 得分");
        indicators.add(Indicator.of(indicators.size() + 1, currentLevel1, currentLevel2, indicator,
                text(row, target + shift), text(row, actual + shift), w, sc,
                text(row.join(reason + shift, Integer.MAX_VALUE)), row.line));
    }

    /**
     * How well the row reads when shifted by {@code s} columns: a level-1 name under 一级指标, a
     * level-2 name (or nothing) under 二级指标, a name under 三级指标, numbers under 分值 and 得分,
     * and nothing left of the table.
     */
    private int fit(Row row, int s) {
        int fit = 0;
        if (level1 >= 0 && level1Name(row.key(level1 + s))) {
            fit += LEVEL1_POINTS;
        }
        if (level2 >= 0) {
            String l2 = row.key(level2 + s);
            fit += l2.isEmpty() || l2.endsWith("指标") ? LEVEL2_POINTS : -LEVEL2_POINTS;
        }
        String n = row.key(name + s);
        if (!n.isEmpty() && !Numbers.isNumber(n) && !n.endsWith("指标")) {
            fit += NAME_POINTS;
        }
        if (row.number(weight + s) != null) {
            fit += NUMBER_POINTS;
        }
        if (row.number(score + s) != null) {
            fit += NUMBER_POINTS;
        }
        int tableStart = Math.min(level1 >= 0 ? level1 : name, level2 >= 0 ? level2 : name) + s;
        for (int i = 0; i < tableStart; i++) {
            if (!row.blank(i) && !row.key(i).startsWith("绩效")) {
                fit -= OUTSIDE_PENALTY;
            }
        }
        if (tableStart < 0) {
            fit -= OUTSIDE_PENALTY;
        }
        return fit;
    }

    /** A level-1 name of the national templates. */
    private static boolean level1Name(String key) {
        return LEVEL1_NAMES.contains(key);
    }

    /** The columns an indicator row's fields were read from, under the names findings give them. */
    private void record(Row row, Places places) {
        places.column(row, "一级指标", level1 < 0 ? -1 : level1 + shift);
        places.column(row, "二级指标", level2 < 0 ? -1 : level2 + shift);
        places.column(row, "三级指标", name + shift);
        places.column(row, "年度指标值", target + shift);
        places.column(row, "实际完成值", actual + shift);
        places.column(row, "分值", weight + shift);
        places.column(row, "得分", score + shift);
        places.column(row, "偏差原因分析及改进措施", reason + shift);
    }

    private void setLevels(Row row) {
        if (level1 >= 0 && !row.blank(level1 + shift)) {
            String l1 = row.key(level1 + shift);
            if (!l1.equals(currentLevel1)) {
                currentLevel2 = null;
            }
            currentLevel1 = l1;
        }
        if (level2 >= 0 && !row.blank(level2 + shift)) {
            currentLevel2 = row.key(level2 + shift);
        }
    }

    private static String text(Row row, int col) {
        return text(row.cell(col));
    }

    private static String text(String s) {
        return s.isEmpty() ? null : s;
    }

    List<Indicator> indicators() {
        return indicators;
    }
}
