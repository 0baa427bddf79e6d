package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.Vocabulary;

import java.util.Map;

/**
 * How far an indicator row sits from its table's header: extraction drops the merged 绩效指标 cell on
 * some rows, so a row is read at the shift under which it makes most sense, the row above's shift
 * winning ties, then the first shift in {@link #SHIFTS}' order; a row as wide as the last indicator row,
 * with a level-2 name the vocabulary does not know, keeps that row's shift when it reads whole there
 * ({@link #best}).
 */
final class RowShift {
    static final int[] SHIFTS = {0, -1, 1, -2, 2};
    /** What {@link #fit} gives a row for each cell that reads as it should, and takes for a cell left of the table. */
    private static final int LEVEL1_POINTS = 4;
    private static final int LEVEL2_POINTS = 2;
    private static final int NAME_POINTS = 2;
    private static final int NUMBER_POINTS = 1;
    private static final int OUTSIDE_PENALTY = 3;

    private final Map<IndicatorColumn, Integer> col;
    private final Template template;
    private final Vocabulary vocabulary;

    RowShift(Map<IndicatorColumn, Integer> col, Template template, Vocabulary vocabulary) {
        this.col = col;
        this.template = template;
        this.vocabulary = vocabulary;
    }

    /**
     * The shift the row reads best at; {@code current} (the shift of the row read before it) wins ties,
     * and stays when the other would put a target under 三级指标 (a second target of the indicator above,
     * ≤3元 | 2.8元, is no indicator of that name). A row as wide as the last indicator row
     * ({@code above}, null for none) whose level-2 cell at that row's shift ({@code aboveShift}) holds a
     * name the vocabulary does not know (服务质量) is read there when it reads whole there
     * ({@link #readsWhole}): the unknown name, which costs its shift points, is no reason to read it a
     * column off.
     */
    int best(Row row, int current, Row above, int aboveShift) {
        if (above != null && above.size() == row.size() && unknownLevel2(row, aboveShift) && readsWhole(row, aboveShift)) {
            return aboveShift;
        }
        int best = current;
        int bestFit = fit(row, current);
        for (int s : SHIFTS) {
            int fit = s == current ? bestFit : fit(row, s);
            if (fit > bestFit) {
                bestFit = fit;
                best = s;
            }
        }
        return best != current && targetAsName(row, best) ? current : best;
    }

    /**
     * Whether the row makes sense at shift {@code s} (the one {@link #best} chose) at all: a row that does
     * not (a text under 一级指标 that is no level-1 name, a value under 二级指标, nothing under 分值 or 得分)
     * lost cells the header has (a web page drops a merged cell's repeats), and which of its cells is which
     * is not known.
     */
    boolean fits(Row row, int s) {
        return fit(row, s) > 0;
    }

    /**
     * Whether a row reads as an indicator row at some shift: a name under 三级指标 and a number under
     * 分值 (under 得分 where the weights are in the level-1 names; an actual under 实际完成值 in a
     * template without scores).
     */
    boolean indicatorAtSomeShift(Row row) {
        int number = at(IndicatorColumn.WEIGHT) >= 0 ? at(IndicatorColumn.WEIGHT) : at(IndicatorColumn.SCORE);
        for (int s : SHIFTS) {
            if (nameAt(row, s) && (template.scored()
                    ? row.points(number + s, vocabulary) != null : !row.blank(at(IndicatorColumn.ACTUAL) + s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every cell an indicator row needs reads as it should at shift {@code s}: a level-1 name
     * or nothing under 一级指标 (a cell of the row, not left of it: a row that lost that cell may start
     * a new group with a level-2 name the vocabulary does not take for one), a name under 三级指标 (no
     * level name, however short: 服务对象满意度),
     * points (never a percentage, which is a target or an actual) under 分值 and 得分, or an actual in a
     * template without scores. The level-2 cell is not asked.
     */
    private boolean readsWhole(Row row, int s) {
        int level1 = at(IndicatorColumn.LEVEL1);
        if (level1 >= 0 && (level1 + s < 0 || !row.blank(level1 + s) && !level1Name(template, row.key(level1 + s)))
                || !nameAt(row, s) || vocabulary.levelCell(level(row.key(at(IndicatorColumn.NAME) + s))) || targetAsName(row, s)) {
            return false;
        }
        if (!template.scored()) {
            return !row.blank(at(IndicatorColumn.ACTUAL) + s);
        }
        for (IndicatorColumn c : new IndicatorColumn[] {IndicatorColumn.WEIGHT, IndicatorColumn.SCORE}) {
            int i = at(c) + s;
            if (at(c) >= 0 && (row.points(i, vocabulary) == null || row.key(i).endsWith("%"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the cell under 三级指标 at shift {@code s} holds a name: text that is no number and no level name (…指标). */
    private boolean nameAt(Row row, int s) {
        int name = at(IndicatorColumn.NAME) + s;
        return !row.blank(name) && row.number(name) == null && !vocabulary.levelName(row.key(name));
    }

    /** Whether the cell under 二级指标 at shift {@code s} holds a name that is no level name the vocabulary knows. */
    private boolean unknownLevel2(Row row, int s) {
        int level2 = at(IndicatorColumn.LEVEL2) + s;
        return at(IndicatorColumn.LEVEL2) >= 0 && !row.blank(level2) && row.number(level2) == null
                && !vocabulary.levelCell(level(row.key(level2)));
    }

    /**
     * Whether the cell under 三级指标 at shift {@code s} starts as a target does: with a comparator
     * sign (<=3元). A name may start with a comparator word (超过时限办结件数).
     */
    private boolean targetAsName(Row row, int s) {
        String name = row.key(at(IndicatorColumn.NAME) + s);
        return vocabulary.comparators().stream().anyMatch(c -> c.text().codePoints().noneMatch(Character::isIdeographic)
                && name.startsWith(c.text()));
    }

    /** A level name without the points a form may write after it: 产出指标(50分) is 产出指标. */
    static String level(String key) {
        return Labels.bare(key);
    }

    /** A level-1 name of the template. */
    static boolean level1Name(Template template, String key) {
        return template.level1Names().contains(level(key));
    }

    private int at(IndicatorColumn c) {
        return col.get(c);
    }

    /**
     * How well the row reads when shifted by {@code s} columns: a level-1 name under 一级指标, a
     * level-2 name (or nothing) under 二级指标, a name under 三级指标, numbers under 分值 and 得分,
     * and nothing left of the table.
     */
    private int fit(Row row, int s) {
        int fit = 0;
        if (at(IndicatorColumn.LEVEL1) >= 0 && level1Name(template, row.key(at(IndicatorColumn.LEVEL1) + s))) {
            fit += LEVEL1_POINTS;
        }
        if (at(IndicatorColumn.LEVEL2) >= 0) {
            String l2 = level(row.key(at(IndicatorColumn.LEVEL2) + s));
            fit += l2.isEmpty() || vocabulary.levelCell(l2) ? LEVEL2_POINTS : -LEVEL2_POINTS;
        }
        if (nameAt(row, s)) {
            fit += NAME_POINTS;
        }
        if (at(IndicatorColumn.WEIGHT) >= 0 && row.points(at(IndicatorColumn.WEIGHT) + s, vocabulary) != null) {
            fit += NUMBER_POINTS;
        }
        if (at(IndicatorColumn.SCORE) >= 0 && row.points(at(IndicatorColumn.SCORE) + s, vocabulary) != null) {
            fit += NUMBER_POINTS;
        }
        int first = at(IndicatorColumn.NAME);
        for (IndicatorColumn c : new IndicatorColumn[] {IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2}) {
            if (at(c) >= 0) {
                first = Math.min(first, at(c));
            }
        }
        int tableStart = first + s;
        for (int i = 0; i < tableStart; i++) {
            if (!row.blank(i) && !Row.startsWithAny(row.key(i), template.indicatorLabels())) {
                fit -= OUTSIDE_PENALTY;
            }
        }
        if (tableStart < 0) {
            fit -= OUTSIDE_PENALTY;
        }
        return fit;
    }
}
