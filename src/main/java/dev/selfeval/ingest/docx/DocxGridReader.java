package dev.selfeval.ingest.docx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Word documents (.docx, through POI): each table a grid, its cells placed on the table's column
 * grid ({@code gridSpan} and {@code vMerge} merged cells seen at every position they cover), and the
 * paragraphs around the tables (a form's title and year) as one-cell rows. A form runs on from one
 * table into the next, as one split by a page break does.
 */
public final class DocxGridReader {
    private final String file;
    private final List<Grid> grids = new ArrayList<>();
    private final List<GridRow> paragraphs = new ArrayList<>();
    private int line;
    private int paragraph;
    private int table;

    private DocxGridReader(String file) {
        this.file = file;
    }

    public static List<Grid> read(byte[] bytes, String file) throws UnreadableInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
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
            throw new UnreadableInputException("Word 文件已损坏或无法识别，无法读取（" + e.getMessage() + "）");
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

    private void table(XWPFTable t) {
        flushParagraphs();
        table++;
        List<GridRow> rows = new ArrayList<>();
        List<Cell> above = List.of();
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < gridBefore(row); k++) {
                cells.add(Cell.BLANK);
            }
            for (XWPFTableCell c : row.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
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
            rows.add(new GridRow(++line, SourceRef.tableRow(file, table, ++r), cells));
            above = cells;
        }
        grids.add(new Grid(rows, true));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr != null && pr.sizeOfGridBeforeArray() > 0 ? pr.getGridBeforeArray(0).getVal().intValue() : 0;
    }
}
