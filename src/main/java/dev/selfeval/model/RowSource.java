package dev.selfeval.model;

import java.util.Map;

/**
 * Where one row of a form was read from ({@code at}), and the column each of its fields came from
 * ({@code columns}: the field's name as findings name it, such as 执行率 or 得分, to a sheet's column
 * letter or a table's 1-based column).
 */
public record RowSource(SourceRef at, Map<String, String> columns) {

    public RowSource {
        columns = Map.copyOf(columns);
    }

    /** The place of a field of this row: the cell when its column is known, else the row. */
    public SourceRef of(String field) {
        if (field != null && !field.isEmpty()) {
            String best = null;
            for (String name : columns.keySet()) {
                // "项目资金 年度资金总额 执行率" and "执行率" both name the 执行率 column
                if (field.endsWith(name) && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
            if (best != null) {
                return at.withColumn(columns.get(best));
            }
        }
        return at;
    }
}
