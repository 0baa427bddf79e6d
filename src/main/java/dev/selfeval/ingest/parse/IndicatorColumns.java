package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.IndicatorColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The indicator table's columns, as its header row (with the row before it, a two-row header) names them. */
final class IndicatorColumns {
    private static final IndicatorColumn[] COLUMNS = IndicatorColumn.values();

    private IndicatorColumns() {
    }

    /**
     * The columns a row that names the 三级指标 column (with the row before it) lacks to be the table's
     * header; empty when it lacks none or names no 三级指标 column.
     */
    static List<IndicatorColumn> lacking(Row row, Row before, Template template) {
        Map<IndicatorColumn, Integer> col = of(row, before, template);
        return col == null ? List.of() : lacking(col, template);
    }

    /**
     * Where each column is (-1 where none), or null when the row names no 三级指标 column. A blank header
     * cell right before 二级指标 is the 一级指标 column, in a layout that has level-1 names.
     */
    static Map<IndicatorColumn, Integer> of(Row row, Row before, Template template) {
        if (row.find(template.indicatorColumn(IndicatorColumn.NAME)) < 0) {
            return null;
        }
        Map<IndicatorColumn, Integer> col = Labels.columns(row, 0, COLUMNS, template::indicatorColumn);
        if (before != null) {
            Map<IndicatorColumn, Integer> above = Labels.columns(before, 0, COLUMNS, template::indicatorColumn);
            above.forEach((c, i) -> {
                if (col.get(c) < 0 && i >= 0 && !col.containsValue(i)) {
                    col.put(c, i);
                }
            });
        }
        int level2 = col.get(IndicatorColumn.LEVEL2);
        if (col.get(IndicatorColumn.LEVEL1) < 0 && level2 > 0 && !template.level1Names().isEmpty() && row.blank(level2 - 1)) {
            col.put(IndicatorColumn.LEVEL1, level2 - 1); // the 一级指标 label lost from its cell (a scan read by OCR)
        }
        return col;
    }

    /**
     * A target (or its 指标值), an actual, and in a scored layout both 分值 and 得分 or neither (an unscored
     * table); 得分 alone where the layout writes the weights in the level-1 names.
     */
    static List<IndicatorColumn> lacking(Map<IndicatorColumn, Integer> col, Template template) {
        List<IndicatorColumn> out = new ArrayList<>();
        if (col.get(IndicatorColumn.TARGET) < 0 && col.get(IndicatorColumn.VALUE) < 0) {
            out.add(IndicatorColumn.TARGET);
        }
        if (col.get(IndicatorColumn.ACTUAL) < 0) {
            out.add(IndicatorColumn.ACTUAL);
        }
        if (template.weightsInLevel1Names()) {
            if (col.get(IndicatorColumn.SCORE) < 0) {
                out.add(IndicatorColumn.SCORE);
            }
        } else if (template.scored() && col.get(IndicatorColumn.WEIGHT) >= 0 != col.get(IndicatorColumn.SCORE) >= 0) {
            out.add(col.get(IndicatorColumn.WEIGHT) < 0 ? IndicatorColumn.WEIGHT : IndicatorColumn.SCORE);
        }
        return out;
    }
}
