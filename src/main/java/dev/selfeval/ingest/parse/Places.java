package dev.selfeval.ingest.parse;

import dev.selfeval.model.RowSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the rows of a form were read from, and which column each field came from, for a form read
 * from a workbook, a Word table or a PDF page (a text file's line says where a row is by itself).
 */
final class Places {
    private final Map<Integer, Row> rows = new LinkedHashMap<>();
    private final Map<Integer, Map<String, String>> columns = new HashMap<>();

    void row(Row row) {
        if (!row.at(-1).textLine()) {
            rows.put(row.line, row);
        }
    }

    /** The field {@code field} (as findings name it) of this row was read from column {@code col}. */
    void column(Row row, String field, int col) {
        String name = col >= 0 ? row.at(-1).columnName(col) : null;
        if (name != null) {
            columns.computeIfAbsent(row.line, k -> new HashMap<>()).put(field, name);
        }
    }

    Map<Integer, RowSource> build() {
        Map<Integer, RowSource> out = new HashMap<>();
        rows.forEach((line, row) -> out.put(line, new RowSource(row.at(-1), columns.getOrDefault(line, Map.of()))));
        return out;
    }
}
