package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The merged regions of one sheet as a lookup from a position to the region that covers it. Each
 * region is clamped to the sheet's used range (the rows and columns that have content): beyond the
 * last cell with content a region shows nothing, and {@code A1:IV100000} would otherwise be 25.6
 * million positions. Where regions overlap (Excel never writes that) the one listed last covers a
 * position, as it always has; regions that together cover more than {@link #MAX_COVERED} positions
 * are refused, so that overlapping ones cannot make the work grow without bound.
 */
final class MergedRegions {
    /**
     * Positions the clamped regions of one sheet cover at most, counted region by region. Regions
     * that do not overlap cover fewer positions than the sheet has, and a form's cover about 100
     * (17 regions in a form of 21 rows), so this is reached only by regions piled on each other.
     */
    static final long MAX_COVERED = WorkbookSize.MAX_GRID_CELLS;

    private final List<CellRangeAddress> regions = new ArrayList<>();
    /** Per row, per column: 1 + the index of the region covering it, 0 where none does; null for a row no region covers. */
    private final int[][] cover;

    /**
     * @param lastRow    the last row with content (0-based), -1 for none
     * @param lastColumn the last column with content in any row (0-based), -1 for none
     */
    MergedRegions(String sheet, List<CellRangeAddress> merged, int lastRow, int lastColumn) throws UnreadableInputException {
        cover = new int[lastRow + 1][];
        long covered = 0;
        for (CellRangeAddress r : merged) {
            int bottom = Math.min(r.getLastRow(), lastRow);
            int right = Math.min(r.getLastColumn(), lastColumn);
            if (r.getFirstRow() < 0 || r.getFirstColumn() < 0 || r.getFirstRow() > bottom || r.getFirstColumn() > right) {
                continue; // wholly past the content, or a whole row or column (A:A), which is no merge Excel writes
            }
            covered += (long) (bottom - r.getFirstRow() + 1) * (right - r.getFirstColumn() + 1);
            if (covered > MAX_COVERED) {
                throw new UnreadableInputException("工作表「" + sheet + "」的合并单元格合计覆盖超过 " + MAX_COVERED
                        + " 格（到合并区域 " + r.formatAsString() + " 为止：合并区域过大或大量重叠），已拒绝读取"
                        + "（请在 Excel 中取消多余的合并单元格后另存，再审核）");
            }
            regions.add(r);
            for (int row = r.getFirstRow(); row <= bottom; row++) {
                int[] columns = cover[row];
                if (columns == null || columns.length <= right) {
                    columns = columns == null ? new int[right + 1] : Arrays.copyOf(columns, right + 1);
                    cover[row] = columns;
                }
                Arrays.fill(columns, r.getFirstColumn(), right + 1, regions.size());
            }
        }
    }

    /** The region covering a position, or null where none does. */
    CellRangeAddress at(int row, int col) {
        int[] columns = row < cover.length ? cover[row] : null;
        return columns == null || col >= columns.length || columns[col] == 0 ? null : regions.get(columns[col] - 1);
    }
}
