package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cells of one sheet as a workbook reader collects them (0-based rows and columns, blank cells
 * left out), its merged regions and hidden rows; then the sheet as a grid, merged regions resolved.
 */
final class SheetCells {
    /** Rows of one sheet read at most: about 4,000 forms; a longer sheet is refused, not read into memory. */
    static final int MAX_ROWS = 100_000;
    /** Cells beyond this column are no part of a form: a stray entry far to the right is not read. */
    static final int MAX_COLUMNS = 256;

    private final String name;
    private final boolean hidden;
    private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    private final Set<Integer> hiddenRows = new HashSet<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();

    SheetCells(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
    }

    void put(int row, int col, Cell cell) throws UnreadableInputException {
        if (row >= MAX_ROWS) {
            throw new UnreadableInputException("工作表「" + name + "」超过 " + MAX_ROWS + " 行，已拒绝读取（请拆分为多个文件）");
        }
        if (col < MAX_COLUMNS && (!cell.blank() || cell.problem() != null)) {
            rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, cell);
        }
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    void merge(CellRangeAddress region) {
        merged.add(region);
    }

    /**
     * The sheet as rows numbered on from {@code line}: every position a merged region covers sees its
     * first cell's text, marked merged after the first; a hidden sheet says so on its first row with
     * text, a hidden row on itself.
     */
    Grid grid(String file, int line) {
        Map<Long, CellRangeAddress> regions = new HashMap<>();
        int last = rows.isEmpty() ? -1 : rows.lastKey();
        for (CellRangeAddress r : merged) {
            for (int row = r.getFirstRow(); row <= Math.min(r.getLastRow(), MAX_ROWS - 1); row++) {
                for (int col = r.getFirstColumn(); col <= Math.min(r.getLastColumn(), MAX_COLUMNS - 1); col++) {
                    regions.put(key(row, col), r);
                }
            }
            last = Math.max(last, Math.min(r.getLastRow(), MAX_ROWS - 1));
        }
        List<GridRow> out = new ArrayList<>();
        boolean noted = !hidden;
        for (int r = 0; r <= last; r++) {
            TreeMap<Integer, Cell> stored = rows.getOrDefault(r, new TreeMap<>());
            int width = stored.isEmpty() ? 0 : stored.lastKey() + 1;
            for (int c = width; c < MAX_COLUMNS && regions.containsKey(key(r, c)); c++) {
                width = c + 1;
            }
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = regions.get(key(r, c));
                if (region == null) {
                    cells.add(stored.getOrDefault(c, Cell.BLANK));
                    continue;
                }
                Cell first = rows.getOrDefault(region.getFirstRow(), new TreeMap<>())
                        .getOrDefault(region.getFirstColumn(), Cell.BLANK);
                cells.add(region.getFirstRow() == r && region.getFirstColumn() == c ? first : first.continuation());
            }
            String note = null;
            if (!noted && cells.stream().anyMatch(x -> !x.blank())) {
                note = "工作表「" + name + "」是隐藏的工作表";
                noted = true;
            } else if (hiddenRows.contains(r)) {
                note = "此行是隐藏行";
            }
            out.add(new GridRow(line + r + 1, SourceRef.sheetRow(file, name, r + 1), cells, note));
        }
        return new Grid(out, false);
    }

    private static long key(int row, int col) {
        return (long) row << 16 | col;
    }
}
