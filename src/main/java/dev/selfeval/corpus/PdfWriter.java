package dev.selfeval.corpus;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A corpus file as a PDF: each form a ruled table (title lines above it), cell text wrapped to the
 * cell's width, continued on the next page when it is longer than a page, as published forms are.
 * The text is set in STSong-Light, a CJK font PDF readers provide (nothing is embedded), one em a
 * character.
 */
final class PdfWriter {
    private static final float SIZE = 7f;
    private static final float LEADING = SIZE * 1.3f;
    private static final float PAD = 2f;
    private static final float MARGIN = 36f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private PdfWriter() {
    }

    static void write(List<List<List<String>>> forms, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = new PDType0Font(fontDictionary());
            for (List<List<String>> form : forms) {
                new Pages(doc, font).form(form.stream().filter(r -> !r.isEmpty()).toList());
            }
            doc.save(file.toFile());
        }
    }

    /** The pages of one form, drawn top to bottom. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private StringBuilder ops;
        private float y;

        Pages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void form(List<List<String>> rows) throws IOException {
            newPage();
            int body = 0;
            while (body < rows.size() && rows.get(body).size() == 1) {
                text(MARGIN, y + SIZE, rows.get(body).get(0));
                y += LEADING + 2;
                body++;
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            float[] widths = widths(columns);
            for (List<String> row : rows.subList(body, rows.size())) {
                List<List<String>> lines = new ArrayList<>();
                int most = 1;
                for (int c = 0; c < columns; c++) {
                    lines.add(wrap(c < row.size() ? row.get(c) : "", widths[c]));
                    most = Math.max(most, lines.get(c).size());
                }
                float height = most * LEADING + 2 * PAD;
                if (y + height > PAGE.getHeight() - MARGIN) {
                    finish();
                    newPage();
                }
                float x = MARGIN;
                for (int c = 0; c < columns; c++) {
                    rule(x, y, x + widths[c], y);
                    rule(x, y + height, x + widths[c], y + height);
                    rule(x, y, x, y + height);
                    for (int k = 0; k < lines.get(c).size(); k++) {
                        text(x + PAD, y + PAD + SIZE + k * LEADING, lines.get(c).get(k));
                    }
                    x += widths[c];
                }
                rule(x, y, x, y + height);
                y += height;
            }
            finish();
        }

        private void newPage() {
            ops = new StringBuilder();
            y = MARGIN;
        }

        private void finish() throws IOException {
            PDPage page = new PDPage(PAGE);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), font);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream()) {
                out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            doc.addPage(page);
        }

        /** A line from (x0, y0) to (x1, y1), top-down coordinates. */
        private void rule(float x0, float y0, float x1, float y1) {
            ops.append(String.format(Locale.ROOT, "%.2f %.2f m %.2f %.2f l S%n", x0, PAGE.getHeight() - y0, x1,
                    PAGE.getHeight() - y1));
        }

        /** Text with its baseline at top-down {@code baseline}, in the font's two-byte code (UTF-16). */
        private void text(float x, float baseline, String s) {
            if (s.isEmpty()) {
                return;
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
                hex.append(String.format("%02X", b));
            }
            ops.append(String.format(Locale.ROOT, "BT /F1 %.1f Tf %.2f %.2f Td <%s> Tj ET%n", SIZE, x,
                    PAGE.getHeight() - baseline, hex));
        }
    }

    /** The first column (section labels) and the second (row labels) wider, the rest sharing what is left. */
    private static float[] widths(int columns) {
        float[] w = new float[columns];
        float usable = PAGE.getWidth() - 2 * MARGIN;
        float first = Math.min(usable / columns, 60);
        w[0] = first;
        for (int c = 1; c < columns; c++) {
            w[c] = (usable - first) / (columns - 1);
        }
        return w;
    }

    /** The text in lines that fit the width, every character one em wide. */
    private static List<String> wrap(String text, float width) {
        int per = Math.max(1, (int) ((width - 2 * PAD) / SIZE));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += per) {
            out.add(text.substring(i, Math.min(text.length(), i + per)));
        }
        return out;
    }

    /** STSong-Light through the UniGB-UTF16-H CMap: a character's code is its UTF-16 value. */
    private static COSDictionary fontDictionary() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light");
        font.setName(COSName.ENCODING, "UniGB-UTF16-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }
}
