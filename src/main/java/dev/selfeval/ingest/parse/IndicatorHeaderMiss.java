package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.IndicatorColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A row that names the indicator table's 三级指标 column but lacks another column the table needs, so
 * that the table was not read: which template keys found no cell, what they list, and the row seen.
 * The rows under it are reported as skipped, not taken as some other block's.
 */
record IndicatorHeaderMiss(Row row, List<IndicatorColumn> lacking, Template template) {

    /** The miss on {@code row} (with the row before it), or null when it is no near-header. */
    static IndicatorHeaderMiss of(Row row, Row before, Template template) {
        List<IndicatorColumn> lacking = IndicatorColumns.lacking(row, before, template);
        return lacking.isEmpty() ? null : new IndicatorHeaderMiss(row, lacking, template);
    }

    /** In words: where the near-header is, each key not found with the labels it lists, and the row as read. */
    String describe() {
        List<String> keys = new ArrayList<>();
        for (IndicatorColumn c : lacking) {
            keys.add("indicators.columns." + c.name().toLowerCase(Locale.ROOT) + "（" + String.join("、", template.indicatorColumn(c)) + "）");
        }
        return row.at(-1).place() + "有三级指标栏，像是绩效指标表的表头，但按模板 " + template.file() + " 找不到 " + String.join("、", keys)
                + " 所写的栏目；读到的表头：" + row.text() + "。请把表头的写法加进这一项（见 docs/templates.md）";
    }
}
