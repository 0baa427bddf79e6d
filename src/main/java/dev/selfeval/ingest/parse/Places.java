package dev.selfeval.ingest.parse;

import dev.selfeval.model.ReadRow;
import dev.selfeval.model.RowSource;
import dev.selfeval.model.SourceRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rows of a form were read from, which column each field came from (for a form read from
 * a workbook, a Word table or a PDF page; a text file's line says where a row is by itself), and the
 * role the reader gave each cell of every row it read: the grid of the form as received.
 */
final class Places {
    /** The role of a cell that is a label: a block's, a column's or a row's name, a title. */
    static final String LABEL = "标签";
    /** The role of a row read and left aside on purpose (a note, a signature, a page number). */
    static final String IGNORED = "说明";

    private final Map<Integer, Row> rows = new LinkedHashMap<>();
    /** Every row of the form read, in order (a whole-form line cut into rows gives several rows of one line). */
    private final List<Row> read = new ArrayList<>();
    private final Map<Row, String[]> roles = new IdentityHashMap<>();
    private final Map<Integer, Map<String, String>> columns = new HashMap<>();
    private final Map<Integer, Map<String, SourceRef>> cells = new HashMap<>();

    /** A row of the form, read. */
    void row(Row row) {
        read.add(row);
        located(row);
    }

    /** A row findings may point at that is no part of the form (the end of a form above its first title). */
    void located(Row row) {
        if (!row.at(-1).textLine()) {
            rows.put(row.line, row);
        }
    }

    /** The field {@code field} (as findings name it) of this row was read from column {@code col}. */
    void column(Row row, String field, int col) {
        role(row, col, field);
        String name = col >= 0 ? row.at(-1).columnName(col) : null;
        if (name != null) {
            columns.computeIfAbsent(row.line, k -> new HashMap<>()).put(field, name);
        }
    }

    /**
     * The field {@code field} of the fact read at row {@code at} came from cell {@code col} of another
     * row (a funds block with a row per amount): findings on that field point at the cell, in a text
     * file too.
     */
    void cell(Row at, String field, Row row, int col) {
        rows.put(at.line, at);
        role(row, col, field);
        String name = col >= 0 ? row.at(-1).columnName(col) : null;
        cells.computeIfAbsent(at.line, k -> new HashMap<>()).put(field, name == null ? row.at(-1) : row.at(-1).withColumn(name));
    }

    /** Cell {@code col} of the row has this role (the first role given stays); a blank cell has none. */
    void role(Row row, int col, String role) {
        if (col < 0 || col >= row.size() || row.blank(col)) {
            return;
        }
        String[] r = roles.computeIfAbsent(row, k -> new String[row.size()]);
        if (r[col] == null) {
            r[col] = role;
        }
    }

    /** Every cell of the row from {@code from} on that has no role yet takes this one. */
    void rest(Row row, int from, String role) {
        span(row, from, row.size(), role);
    }

    /** Every cell of the row from {@code from} to before {@code to} that has no role yet takes this one. */
    void span(Row row, int from, int to, String role) {
        for (int i = Math.max(0, from); i < Math.min(to, row.size()); i++) {
            role(row, i, role);
        }
    }

    /** Whether cell {@code col} of the row was given a role. */
    boolean placed(Row row, int col) {
        String[] r = roles.get(row);
        return r != null && col >= 0 && col < r.length && r[col] != null;
    }

    /** The non-empty cells of every row read, and how many of them have a role. */
    int[] counts() {
        int cells = 0;
        int placed = 0;
        for (Row row : read) {
            for (int i = 0; i < row.size(); i++) {
                if (!row.blank(i)) {
                    cells++;
                    placed += placed(row, i) ? 1 : 0;
                }
            }
        }
        return new int[] {cells, placed};
    }

    /** The rows read, cell by cell, with their roles. */
    List<ReadRow> grid() {
        List<ReadRow> out = new ArrayList<>();
        for (Row row : read) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.cell(i));
            }
            String[] r = roles.get(row);
            List<String> rs = r == null ? Arrays.asList(new String[row.size()]) : Arrays.asList(Arrays.copyOf(r, row.size()));
            out.add(new ReadRow(row.line, row.at(-1).place(), cells, rs));
        }
        return out;
    }

    Map<Integer, RowSource> build() {
        Map<Integer, RowSource> out = new HashMap<>();
        rows.forEach((line, row) -> out.put(line, new RowSource(row.at(-1), columns.getOrDefault(line, Map.of()),
                cells.getOrDefault(line, Map.of()))));
        return out;
    }
}
