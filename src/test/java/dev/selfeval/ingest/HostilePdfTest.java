package dev.selfeval.ingest;

import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.ingest.pdf.PdfGridReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PDF pages a few kilobytes packed that would take the whole run (every line compared with every
 * line, every cell with every line): a page with more ruling lines or cells than a form has is
 * refused, and a table drawn in hundreds of short dashes reads as the same table drawn in lines.
 */
class HostilePdfTest {
    /** Draws on the page of a one-page PDF. */
    private interface Drawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private static byte[] pdf(PDRectangle size, Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String refusal(byte[] pdf) {
        return assertThrows(UnreadableInputException.class, () -> PdfGridReader.read(pdf, "h.pdf")).getMessage();
    }

    /** 2,500 horizontal and 2,500 vertical lines 3 points apart on a page 7,600 points square: 6.2 million cells, refused. */
    @Test
    void aPageRuledIntoMillionsOfCellsIsRefused() throws Exception {
        byte[] file = pdf(new PDRectangle(7_600, 7_600), cs -> {
            for (int i = 0; i < 2_500; i++) {
                cs.moveTo(50, 50 + 3 * i);
                cs.lineTo(7_550, 50 + 3 * i);
                cs.moveTo(50 + 3 * i, 50);
                cs.lineTo(50 + 3 * i, 7_550);
            }
            cs.stroke();
        });
        assertEquals("PDF 第 1 页的表格线划出的格子超过 20000 个（到一个 2499 行 × 2499 列的表格为止），已拒绝读取"
                + "（一页自评表只有一两百个格子；该页可能是网格图形，请从原表格软件重新导出 PDF，再审核）", refusal(file));
    }

    /** 9,999 lines each way 1.3 points apart, just under the line limit: refused after 10 million comparisons, not 100 million. */
    @Test
    void aPageOfLinesTooManyAndTooCloseToGroupIsRefused() throws Exception {
        byte[] file = pdf(new PDRectangle(14_000, 14_000), cs -> {
            for (int i = 0; i < 9_999; i++) {
                cs.moveTo(50, 50 + 1.3f * i);
                cs.lineTo(13_900, 50 + 1.3f * i);
                cs.moveTo(50 + 1.3f * i, 50);
                cs.lineTo(50 + 1.3f * i, 13_900);
            }
            cs.stroke();
        });
        assertEquals("PDF 第 1 页的表格线过多过密（两两比对超过 10000000 对仍未比完），已拒绝读取"
                + "（一页自评表只有几十到几百条表格线；该页可能是网格图形，请从原表格软件重新导出 PDF，再审核）", refusal(file));
    }

    /** 100,000 dashes, each stroked on its own: refused at the 20,001st, before any is compared with another. */
    @Test
    void aPageOfAHundredThousandDashesIsRefused() throws Exception {
        byte[] file = pdf(PDRectangle.A4, cs -> {
            for (int i = 0; i < 100_000; i++) {
                float x = 20 + 3 * (i % 180);
                float y = 20 + (i / 180) * 1.4f;
                cs.moveTo(x, y);
                cs.lineTo(x + 1.5f, y);
                cs.stroke();
            }
        });
        assertEquals("PDF 第 1 页的表格线超过 20000 条，已拒绝读取（一页自评表只有几十到几百条；该页可能是图形，或虚线被逐段画出，"
                + "请从原表格软件重新导出 PDF，再审核）", refusal(file));
    }

    /** Rows at y 700, 680, 660, 640 and columns at x 100, 200, 300, 400; the first row's last two cells one merged cell. */
    private static byte[] table(boolean dashed) throws IOException {
        return pdf(PDRectangle.A4, cs -> {
            for (int y = 640; y <= 700; y += 20) {
                line(cs, dashed, 100, y, 400, y);
            }
            for (int x = 100; x <= 400; x += 100) {
                line(cs, dashed, x, 640, x, x == 300 ? 680 : 700);
            }
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            String[][] cells = {{"Name", "Project X", ""}, {"a", "b", "c"}, {"1", "2", "3"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    cs.beginText();
                    cs.newLineAtOffset(105 + 100 * c, 686 - 20 * r);
                    cs.showText(cells[r][c]);
                    cs.endText();
                }
            }
        });
    }

    /** A line, or dashes 1.5 points long 0.9 points apart along it (closer than Lattice.SNAP, so one line; some midpoints of cells fall in gaps). */
    private static void line(PDPageContentStream cs, boolean dashed, float x0, float y0, float x1, float y1) throws IOException {
        float length = Math.max(x1 - x0, y1 - y0);
        for (float d = 0; d < length; d += dashed ? 2.4f : length) {
            float e = dashed ? Math.min(d + 1.5f, length) : length;
            cs.moveTo(x0 + (x1 - x0) * d / length, y0 + (y1 - y0) * d / length);
            cs.lineTo(x0 + (x1 - x0) * e / length, y0 + (y1 - y0) * e / length);
        }
        cs.stroke();
    }

    private static List<List<String>> texts(Grid g) {
        return g.rows().stream().map(r -> r.cells().stream().map(c -> (c.merged() ? "~" : "") + c.text()).toList()).toList();
    }

    /** The table above in some 590 dashes: the lines found near each place by position read it as when it is drawn in 8 lines. */
    @Test
    void aTableDrawnInDashesReadsAsTheTableDrawnInLines() throws Exception {
        List<List<String>> expected = List.of(List.of("Name", "Project X", "~Project X"), List.of("a", "b", "c"), List.of("1", "2", "3"));
        assertEquals(expected, texts(PdfGridReader.read(table(false), "lines.pdf").get(0)));
        assertEquals(expected, texts(PdfGridReader.read(table(true), "dashes.pdf").get(0)));
    }
}
