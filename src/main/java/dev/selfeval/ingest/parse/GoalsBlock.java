package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.Goals;

/**
 * The 年度总体目标 block: its label row, with sub-labels for what was planned and what was done
 * (预期目标 | 实际完成情况) that give the columns of the rows below, or with the two texts beside it.
 */
final class GoalsBlock {
    private final Template template;
    private final Places places;
    private int expectedColumn = -1;
    private int actualColumn = -1;
    private int line;
    private final StringBuilder expected = new StringBuilder();
    private final StringBuilder actual = new StringBuilder();

    GoalsBlock(Template template, Places places) {
        this.template = template;
        this.places = places;
    }

    /**
     * The goals block's label row: sub-labels give the columns of the rows below; a goals label with its
     * texts beside it and no sub-labels (年度总体目标 | 计划 | 完成) is read as it stands. Answers whether
     * the row was one.
     */
    boolean header(Row row) {
        int own = row.find(template.goalLabels());
        int exp = row.find(template.goalExpected(), own + 1); // a sub-label, after the block's own label (总体目标完成情况 | 总体目标)
        if (exp >= 0) {
            places.role(row, own, Places.LABEL);
            places.role(row, exp, Places.LABEL);
            expectedColumn = exp;
            actualColumn = row.find(template.goalActual(), own + 1);
            places.role(row, actualColumn, Places.LABEL);
            line = row.line;
            places.column(row, "预期目标", expectedColumn);
            places.column(row, "实际完成情况", actualColumn);
            return true;
        }
        int label = row.find(template.goalLabels());
        if (label < 0 || label != row.firstFilled(0, Integer.MAX_VALUE) || line != 0) {
            return false; // (a goals label already read: the rest of it, 目标, on the next line)
        }
        line = row.line;
        places.role(row, label, Places.LABEL);
        int planned = row.firstFilled(label + 1, Integer.MAX_VALUE);
        if (planned >= 0) {
            expectedColumn = planned;
            actualColumn = row.firstFilled(planned + 1, Integer.MAX_VALUE);
            text(row);
        }
        return true;
    }

    /**
     * A row of the goals' texts, under the columns of their sub-labels; a row whose texts all stand
     * left of those columns (a web page's table that dropped the merged cells before them) is read
     * in order: the first text is the expected, the second the actual.
     */
    void text(Row row) {
        int first = row.firstFilled(0, Integer.MAX_VALUE);
        if (first >= 0 && first < expectedColumn && row.join(expectedColumn, Integer.MAX_VALUE).isEmpty()) {
            int second = row.firstFilled(first + 1, Integer.MAX_VALUE);
            expected.append(row.cell(first));
            places.role(row, first, "预期目标");
            if (second >= 0) {
                actual.append(row.cell(second));
                places.role(row, second, "实际完成情况");
            }
            return;
        }
        int split = actualColumn >= 0 ? actualColumn : Integer.MAX_VALUE;
        expected.append(row.join(expectedColumn, split));
        for (int i = expectedColumn; i < Math.min(split, row.size()); i++) {
            places.role(row, i, "预期目标");
        }
        if (actualColumn >= 0) {
            actual.append(row.join(actualColumn, Integer.MAX_VALUE));
            places.rest(row, actualColumn, "实际完成情况");
        }
        places.rest(row, 0, Places.LABEL); // the goals label's own second line (年度总体 / 目标)
    }

    /** Whether the block's label row was found. */
    boolean found() {
        return line != 0;
    }

    Goals goals() {
        return new Goals(Row.blankToNull(expected), Row.blankToNull(actual), line);
    }
}
