package dev.selfeval.model;

import java.util.Map;

/**
 * Where one row of a form was read from ({@code at}), the column each of its fields came from
 * ({@code columns}: the field's name as findings name it, such as 执行率 or 得分, to a sheet's column
 * letter or a table's 1-based column), and the cell of each field read from another row
 * ({@code cells}: a funds block with a row per amount gives the total's 执行率 its own row).
 */
public record RowSource(SourceRef at, Map<String, String> columns, Map<String, SourceRef> cells) {

    public RowSource {
        columns = Map.copyOf(columns);
        cells = Map.copyOf(cells);
    }

    public RowSource(SourceRef at, Map<String, String> columns) {
        this(at, columns, Map.of());
    }

    /** The place of a field of this row: its cell when known, else the row. */
    public SourceRef of(String field) {
        if (field != null && !field.isEmpty()) {
            String cell = named(field, cells);
            if (cell != null) {
                return cells.get(cell);
            }
            String column = named(field, columns);
            if (column != null) {
                return at.withColumn(columns.get(column));
            }
        }
        return at;
    }

    /** The longest name in {@code names} that {@code field} ends with ("项目资金 年度资金总额 执行率" and "执行率" both name 执行率). */
    private static String named(String field, Map<String, ?> names) {
        String best = null;
        for (String name : names.keySet()) {
            if (field.endsWith(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best;
    }
}
