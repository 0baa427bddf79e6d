package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.UnreadableInputException;

/**
 * How much of one workbook has been read, counted across its sheets against limits no workbook of
 * forms reaches, so that many sheets cannot multiply what one sheet is allowed. Each limit is far
 * above the largest workbook of forms: {@link SheetCells#MAX_ROWS} rows of forms in all.
 */
final class WorkbookSize {
    /**
     * Cells with content at most: a form has about 100 (5 a row), so {@link SheetCells#MAX_ROWS}
     * rows of forms have some 500,000.
     */
    static final int MAX_CELLS = 1_000_000;
    /**
     * Positions of the workbook's grids at most, blank and merged ones included (each row as wide as
     * its last cell with content or merged region): {@link SheetCells#MAX_ROWS} rows 40 columns wide.
     * Forms are 6 to 12 columns wide, the widest seen 28.
     */
    static final long MAX_GRID_CELLS = SheetCells.MAX_ROWS * 40L;

    private int cells;
    private long positions;

    /** Counts a cell with content of the sheet {@code sheet}. */
    void cell(String sheet) throws UnreadableInputException {
        if (++cells > MAX_CELLS) {
            throw new UnreadableInputException("工作簿有内容的单元格超过 " + MAX_CELLS + " 个（读到工作表「" + sheet
                    + "」），已拒绝读取（请拆分为多个文件）");
        }
    }

    /**
     * Counts the positions of a grid row.
     *
     * @param row     the row's number in its sheet (1-based)
     * @param rows    the rows of its sheet
     * @param columns the columns of its sheet's widest row with content
     */
    void row(String sheet, int width, int row, int rows, int columns) throws UnreadableInputException {
        positions += width;
        if (positions > MAX_GRID_CELLS) {
            throw new UnreadableInputException("工作簿超过 " + MAX_GRID_CELLS + " 格（读到工作表「" + sheet + "」第 " + row
                    + " 行；该表共 " + rows + " 行、最宽 " + columns + " 列），已拒绝读取"
                    + "（请删除远处零散的内容后另存，或拆分为多个文件，再审核）");
        }
    }
}
