package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cells of one sheet as a workbook reader collects them (0-based rows and columns, blank cells
 * left out), its merged regions and hidden rows; then the sheet as a grid, merged regions resolved
 * ({@link MergedRegions}). A sheet larger than any sheet of forms (the limits below and those of
 * {@link WorkbookSize}, each far above the largest workbook of forms) is refused as soon as it is
 * seen to be, not read into memory.
 */
final class SheetCells {
    /** Rows of one sheet read at most: about 4,000 forms; a longer sheet is refused, not read into memory. */
    static final int MAX_ROWS = 100_000;
    /** Cells beyond this column are no part of a form: a stray entry far to the right is not read. */
    static final int MAX_COLUMNS = 256;
    /**
     * Merged regions of one sheet at most: a form has fewer than it has rows (17 in a form of 21 rows),
     * so a sheet of {@link #MAX_ROWS} rows of forms has fewer than this.
     */
    static final int MAX_MERGED = MAX_ROWS;

    private final String name;
    private final boolean hidden;
    private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    private final Set<Integer> hiddenRows = new HashSet<>();
    private final Set<Integer> hiddenColumns = new TreeSet<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final WorkbookSize size;
    private int lastColumn = -1;

    SheetCells(String name, boolean hidden, WorkbookSize size) {
        this.name = name;
        this.hidden = hidden;
        this.size = size;
    }

    void put(int row, int col, Cell cell) throws UnreadableInputException {
        if (row >= MAX_ROWS) {
            throw new UnreadableInputException("工作表「" + name + "」超过 " + MAX_ROWS + " 行，已拒绝读取（请拆分为多个文件）");
        }
        if (col < MAX_COLUMNS && (!cell.blank() || cell.problem() != null)) {
            if (rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, cell) == null) {
                size.cell(name);
            }
            lastColumn = Math.max(lastColumn, col);
        }
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    /** Columns {@code first} to {@code last} (from 0) are hidden. */
    void hideColumns(int first, int last) {
        for (int c = Math.max(0, first); c <= Math.min(last, MAX_COLUMNS - 1); c++) {
            hiddenColumns.add(c);
        }
    }

    void merge(CellRangeAddress region) throws UnreadableInputException {
        if (merged.size() >= MAX_MERGED) {
            throw new UnreadableInputException("工作表「" + name + "」的合并单元格超过 " + MAX_MERGED
                    + " 个，已拒绝读取（一张自评表只有二十来个；请在 Excel 中取消多余的合并单元格后另存，再审核）");
        }
        merged.add(region);
    }

    /**
     * The sheet as rows numbered on from {@code line}: every position a merged region covers sees its
     * first cell's text, marked merged after the first; a hidden sheet says so on its first row with
     * text, a hidden row on itself, a hidden column on its first row with content in it. Merged regions
     * reach no further than the cells with content.
     */
    Grid grid(String file, int line) throws UnreadableInputException {
        int last = rows.isEmpty() ? -1 : rows.lastKey();
        MergedRegions regions = new MergedRegions(name, merged, last, lastColumn);
        List<GridRow> out = new ArrayList<>();
        boolean noted = !hidden;
        Set<Integer> columnsNoted = new HashSet<>();
        for (int r = 0; r <= last; r++) {
            TreeMap<Integer, Cell> stored = rows.getOrDefault(r, new TreeMap<>());
            int width = stored.isEmpty() ? 0 : stored.lastKey() + 1;
            while (width < MAX_COLUMNS && regions.at(r, width) != null) {
                width++;
            }
            size.row(name, width, r + 1, last + 1, lastColumn + 1);
            List<Cell> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = regions.at(r, c);
                if (region == null) {
                    cells.add(stored.getOrDefault(c, Cell.BLANK));
                    continue;
                }
                Cell first = rows.getOrDefault(region.getFirstRow(), new TreeMap<>())
                        .getOrDefault(region.getFirstColumn(), Cell.BLANK);
                cells.add(region.getFirstRow() == r && region.getFirstColumn() == c ? first : first.continuation());
            }
            List<String> notes = new ArrayList<>();
            if (!noted && cells.stream().anyMatch(x -> !x.blank())) {
                notes.add("工作表「" + name + "」是隐藏的工作表");
                noted = true;
            } else if (hiddenRows.contains(r)) {
                notes.add("此行是隐藏行");
            }
            for (int c : hiddenColumns) { // a merged cell across it (a title) shows in the columns beside it
                if (c < cells.size() && !cells.get(c).blank() && regions.at(r, c) == null && columnsNoted.add(c)) {
                    notes.add(CellReference.convertNumToColString(c) + " 列是隐藏列（本行起有内容）");
                }
            }
            out.add(new GridRow(line + r + 1, SourceRef.sheetRow(file, name, r + 1), cells,
                    notes.isEmpty() ? null : String.join("，", notes)));
        }
        return new Grid(out, false);
    }
}
