package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF files (through PDFBox): each page a grid, its tables rebuilt from their ruling lines
 * ({@link Lattice}) and its text placed in their cells, text a cell wraps over lines joined back. A
 * form runs on from one page to the next. A PDF without a text layer (a scan) cannot be read: this
 * tool does no character recognition. A page, or a file, with more ruling lines or cells than any
 * form has is refused ({@link PageInk#MAX_LINES}, {@link PageInk#MAX_FILE_LINES},
 * {@link Lattice#MAX_CELLS}, {@link LineGroups#MAX_COMPARISONS}).
 */
public final class PdfGridReader {
    private PdfGridReader() {
    }

    public static List<Grid> read(byte[] bytes, String file) throws UnreadableInputException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<Grid> grids = new ArrayList<>();
            int line = 0;
            int lines = 0;
            boolean text = false;
            boolean images = false;
            double[] columns = null;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                ReadBudget.check();
                PageInk ink = PageInk.of(doc, p, lines);
                lines += ink.segments.size();
                text |= !ink.glyphs.isEmpty();
                images |= ink.images;
                PageGrid.Page page = PageGrid.rows(ink, file, p + 1, line, columns);
                columns = page.columns() != null ? page.columns() : columns;
                line += page.rows().size();
                grids.add(new Grid(page.rows(), true));
            }
            if (!text) {
                throw new UnreadableInputException(images
                        ? "扫描件，无文字层：PDF 的页面是图片，没有可读取的文字（本工具不做文字识别，请提供电子表格、Word 或由其导出的 PDF）"
                        : "PDF 中没有文字");
            }
            return grids;
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF 设有密码保护，无法读取（请去除密码后再审核）");
        } catch (IOException | RuntimeException e) {
            ReadBudget.passOn(e);
            throw new UnreadableInputException("PDF 文件已损坏或无法识别，无法读取（" + e.getMessage() + "）");
        }
    }
}
