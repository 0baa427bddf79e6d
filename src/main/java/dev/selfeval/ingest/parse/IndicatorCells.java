package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.Numbers;

import java.util.Map;

/**
 * Where an indicator row's fields stand, at the shift of the row being read ({@link RowShift}), and
 * their text as the row writes them. The reason runs from its column up to the next column the header
 * names (备注, 上年完成值: a column the template does not know is no part of the reason), or to the
 * row's end when nothing is named after it (extracted text splits a long reason into several cells);
 * in a workbook, whose cells keep their text whole, no further than the reason header's merged cell.
 */
final class IndicatorCells {
    /** The field a reason's cells are read as: an indicator's, or the form's ({@link ReasonRows}, the funds block's 原因). */
    static final String REASON = "偏差原因分析及改进措施";

    private final Map<IndicatorColumn, Integer> col;
    /** The header's first named column after the reason's; {@link Integer#MAX_VALUE} when none. */
    private final int reasonEnd;
    private int shift;

    IndicatorCells(Map<IndicatorColumn, Integer> col, Row header) {
        this.col = col;
        int end = Integer.MAX_VALUE;
        int reason = col.get(IndicatorColumn.REASON);
        boolean workbook = header.at(-1).sheet() != null;
        for (int i = reason + 1; reason >= 0 && i < header.size() + (workbook ? 1 : 0) && end == Integer.MAX_VALUE; i++) {
            end = !header.blank(i) || workbook && header.covering(i).isEmpty() ? i : end;
        }
        this.reasonEnd = end;
    }

    /** The header's column {@code c}, -1 where the table has none (a second header row may add one). */
    int at(IndicatorColumn c) {
        return col.get(c);
    }

    void put(IndicatorColumn c, int column) {
        col.put(c, column);
    }

    /** Column {@code c} at the row's shift, or -1 where the table has no such column. */
    int cell(IndicatorColumn c) {
        return at(c) < 0 ? -1 : at(c) + shift;
    }

    int shift() {
        return shift;
    }

    void shift(int s) {
        shift = s;
    }

    /** The target: its own cell, or 指标性质, 指标值 and 度量单位 written together ({@code ≥95%}). */
    String target(Row row) {
        if (at(IndicatorColumn.VALUE) < 0) {
            return text(row.cell(cell(IndicatorColumn.TARGET)));
        }
        return text(row.cell(cell(IndicatorColumn.COMPARATOR)) + row.cell(cell(IndicatorColumn.VALUE))
                + row.cell(cell(IndicatorColumn.UNIT)));
    }

    /** The actual; a bare number takes the unit of a 度量单位 column, which is the indicator's. */
    String actual(Row row) {
        String a = row.cell(cell(IndicatorColumn.ACTUAL));
        String unit = row.cell(cell(IndicatorColumn.UNIT));
        return text(!unit.isEmpty() && Numbers.isNumber(a) && !a.strip().endsWith("%") ? a + unit : a);
    }

    /** Where the reason is written: its own column, else the cells after 得分; -1 for neither. */
    int reasonColumn() {
        return at(IndicatorColumn.REASON) >= 0 ? cell(IndicatorColumn.REASON)
                : at(IndicatorColumn.SCORE) >= 0 ? cell(IndicatorColumn.SCORE) + 1 : -1;
    }

    /** The column after the reason's cells, at the row's shift. */
    int reasonEnd() {
        return reasonEnd == Integer.MAX_VALUE ? reasonEnd : reasonEnd + shift;
    }

    /** The row's reason; a reason cell merged over rows is each row's reason. */
    String reason(Row row) {
        int at = reasonColumn();
        return at < 0 ? null : text(row.blank(at) ? row.covering(at).strip() + row.join(at + 1, reasonEnd())
                : row.join(at, reasonEnd()));
    }

    /** The reason's cells of a line that continues the row above (its text only, nothing merged). */
    String reasonRest(Row row) {
        int at = reasonColumn();
        return at < 0 ? null : text(row.join(at, reasonEnd()));
    }

    /** The columns an indicator row's fields were read from, under the names findings give them. */
    void record(Row row, Places places) {
        places.column(row, "一级指标", cell(IndicatorColumn.LEVEL1));
        places.column(row, "二级指标", cell(IndicatorColumn.LEVEL2));
        places.column(row, "三级指标", cell(IndicatorColumn.NAME));
        places.column(row, "年度指标值", at(IndicatorColumn.VALUE) >= 0 ? cell(IndicatorColumn.VALUE) : cell(IndicatorColumn.TARGET));
        places.role(row, cell(IndicatorColumn.COMPARATOR), "年度指标值");
        places.role(row, cell(IndicatorColumn.UNIT), "年度指标值");
        places.column(row, "实际完成值", cell(IndicatorColumn.ACTUAL));
        places.column(row, "分值", cell(IndicatorColumn.WEIGHT));
        places.column(row, "得分", cell(IndicatorColumn.SCORE));
        places.column(row, REASON, cell(IndicatorColumn.REASON));
    }

    /** The reason's cells take its role, and the cells left of the table the block's label's (绩效指标). */
    void reasonAndLabel(Row row, Places places) {
        if (reasonColumn() >= 0) {
            places.span(row, reasonColumn(), reasonEnd(), REASON);
        }
        places.span(row, 0, cell(at(IndicatorColumn.LEVEL1) >= 0 ? IndicatorColumn.LEVEL1 : IndicatorColumn.NAME), Places.LABEL);
    }

    static String text(String s) {
        return s.isEmpty() ? null : s;
    }
}
