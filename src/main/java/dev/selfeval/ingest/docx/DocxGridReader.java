package dev.selfeval.ingest.docx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.PackageRefusals;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.util.PackageHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Word documents (.docx, through POI): each table a grid, its cells placed on the table's column
 * grid ({@code gridSpan} and {@code vMerge} merged cells seen at every position they cover), and the
 * paragraphs around the tables (a form's title and year) as one-cell rows. A form runs on from one
 * table into the next, as one split by a page break does. A merged cell spans no more columns than
 * its table's grid has; a document with more table cells than {@link #MAX_CELLS}, or of a shape POI
 * would take minutes to build ({@link DocxShape}), is refused.
 */
public final class DocxGridReader {
    /** Columns of a table at most, when its grid ({@code w:tblGrid}) does not say or says more: Word's own limit. */
    static final int MAX_COLUMNS = 63;
    /**
     * Positions of all the tables of one document at most: a form's table has about 200 (20 rows of
     * 10 grid columns), so this is some 5,000 forms, more than any Word file of forms holds.
     */
    static final int MAX_CELLS = 1_000_000;

    private final String file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<GridRow> paragraphs = new ArrayList<>();
    private int line;
    private int paragraph;
    private int table;
    private int cellCount;

    private DocxGridReader(String file) {
        this.file = file;
    }

    public static List<Grid> read(byte[] bytes, String file) throws UnreadableInputException {
        try (XWPFDocument doc = new XWPFDocument(checked(PackageHelper.open(new ByteArrayInputStream(bytes))))) {
            DocxGridReader reader = new DocxGridReader(file);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    reader.paragraph(p);
                } else if (e instanceof XWPFTable t) {
                    reader.table(t);
                }
            }
            reader.flushParagraphs();
            return reader.grids;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableInputException("Word 文件设有密码保护，无法读取（请去除密码后另存，再审核）");
        } catch (IOException | RuntimeException e) {
            ReadBudget.passOn(e);
            String refused = PackageRefusals.of("Word 文件", e);
            throw new UnreadableInputException(refused != null ? refused : "Word 文件已损坏或无法识别，无法读取（" + e.getMessage() + "）");
        }
    }

    /** The package, once {@link DocxShape} finds nothing in it that POI would take too long to build. */
    private static OPCPackage checked(OPCPackage pkg) throws UnreadableInputException, IOException {
        try {
            DocxShape.check(pkg);
            return pkg;
        } catch (UnreadableInputException | IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Body paragraphs are numbered as table 0 ({@code 正文第 N 段}); blank ones count but make no row. */
    private void paragraph(XWPFParagraph p) {
        paragraph++;
        String text = CellText.clean(p.getText());
        if (!text.isEmpty()) {
            paragraphs.add(new GridRow(++line, SourceRef.tableRow(file, 0, paragraph), List.of(Cell.of(text))));
        }
    }

    private void flushParagraphs() {
        if (!paragraphs.isEmpty()) {
            grids.add(new Grid(paragraphs, true));
            paragraphs.clear();
        }
    }

    private void table(XWPFTable t) throws UnreadableInputException {
        flushParagraphs();
        table++;
        List<GridRow> rows = new ArrayList<>();
        List<Cell> above = List.of();
        int r = 0;
        int columns = columns(t);
        for (XWPFTableRow row : t.getRows()) {
            ReadBudget.check();
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < gridBefore(row, columns); k++) {
                cells.add(Cell.BLANK);
            }
            for (XWPFTableCell c : row.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? atMost(pr.getGridSpan().getVal(), 1, columns) : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int col = cells.size();
                Cell cell = continued ? (col < above.size() ? above.get(col) : Cell.BLANK).continuation()
                        : Cell.of(CellText.clean(c.getText()));
                cells.add(cell);
                for (int k = 1; k < span; k++) {
                    cells.add(cell.continuation());
                }
            }
            cellCount += cells.size();
            if (cellCount > MAX_CELLS) {
                throw new UnreadableInputException("Word 文件的表格超过 " + MAX_CELLS + " 格（读到表 " + table + " 第 " + (r + 1)
                        + " 行），已拒绝读取（请拆分为多个文件，再审核）");
            }
            rows.add(new GridRow(++line, SourceRef.tableRow(file, table, ++r), cells));
            above = cells;
        }
        grids.add(new Grid(rows, true));
    }

    /** The columns of a table's grid, or {@link #MAX_COLUMNS} when it has none or more. */
    private static int columns(XWPFTable t) {
        CTTblGrid grid = t.getCTTbl().getTblGrid();
        int columns = grid == null ? 0 : grid.sizeOfGridColArray();
        return columns < 1 ? MAX_COLUMNS : Math.min(columns, MAX_COLUMNS);
    }

    /** Grid columns a row leaves empty before its first cell, no more than the table has. */
    private static int gridBefore(XWPFTableRow row, int columns) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr != null && pr.sizeOfGridBeforeArray() > 0 ? atMost(pr.getGridBeforeArray(0).getVal(), 0, columns) : 0;
    }

    /** A count of grid columns as written ({@code unset} when it is not), no more than {@code columns}. */
    private static int atMost(BigInteger written, int unset, int columns) {
        return written == null ? unset : written.min(BigInteger.valueOf(columns)).intValue();
    }
}
