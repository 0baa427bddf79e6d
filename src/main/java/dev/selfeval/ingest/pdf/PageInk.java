package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is drawn on one page that a table is read from: its characters (through PDFBox's text
 * extraction, which maps glyphs to Unicode) and its ruling lines (stroked paths, and filled
 * rectangles thin enough to be lines), all in top-down page coordinates.
 */
final class PageInk {
    /** A filled rectangle at most this thick (points) is a ruling line, not a shaded area. */
    private static final double THIN = 2.0;
    /**
     * Ruling lines of one page at most: a page of a form has some 40 long lines, or a few hundred
     * where each cell's borders are drawn apart; a page with more is a drawing, not a form.
     */
    static final int MAX_LINES = 20_000;
    /**
     * Ruling lines of all the pages of one file at most, so that many pages (which may all draw one
     * shared drawing) cannot multiply what one page is allowed: 2,000 pages of forms with each
     * cell's borders drawn apart.
     */
    static final int MAX_FILE_LINES = 2_000_000;

    final List<Glyph> glyphs = new ArrayList<>();
    /** Where the glyphs the clipping path hides are drawn ({@link #at}). */
    private final Set<Long> hidden = new HashSet<>();
    final List<Segment> segments = new ArrayList<>();
    boolean images;
    /** The page's right edge (its crop box), where a table wider than the page is cut off. */
    double right;
    /** The lines kept at most: those of {@link #MAX_LINES} still left to the file. */
    private final int maxLines;
    /** Whether the page draws more than {@link #maxLines} lines (those past it are not kept). */
    private boolean tooManyLines;

    /** Stops PDFBox drawing the page at the line past {@link #maxLines}. */
    private static final class TooManyLines extends IOException {
        TooManyLines() {
            super("too many ruling lines");
        }
    }

    private PageInk(int maxLines) {
        this.maxLines = maxLines;
    }

    /**
     * @param linesBefore the ruling lines of the file's pages before this one
     * @throws UnreadableInputException when the page draws more than {@link #MAX_LINES} ruling lines,
     *                                  or the file more than {@link #MAX_FILE_LINES}
     */
    static PageInk of(PDDocument doc, int pageIndex, int linesBefore) throws IOException, UnreadableInputException {
        PageInk ink = new PageInk(Math.min(MAX_LINES, MAX_FILE_LINES - linesBefore));
        PDPage page = doc.getPage(pageIndex);
        double top = page.getCropBox().getUpperRightY();
        ink.right = page.getCropBox().getUpperRightX();
        try {
            new Lines(page, ink, top).processPage(page);
        } catch (TooManyLines e) {
            // said below; thrown inside a form XObject it is only logged by PDFBox, which draws on
        }
        if (ink.tooManyLines && ink.maxLines < MAX_LINES) {
            throw new UnreadableInputException("PDF 的表格线合计超过 " + MAX_FILE_LINES + " 条（读到第 " + (pageIndex + 1)
                    + " 页），已拒绝读取（请拆分为多个文件，再审核）");
        }
        if (ink.tooManyLines) {
            throw new UnreadableInputException("PDF 第 " + (pageIndex + 1) + " 页的表格线超过 " + MAX_LINES
                    + " 条，已拒绝读取（一页自评表只有几十到几百条；该页可能是图形，或虚线被逐段画出，请从原表格软件重新导出 PDF，再审核）");
        }
        Characters chars = new Characters(ink);
        chars.setStartPage(pageIndex + 1);
        chars.setEndPage(pageIndex + 1);
        chars.getText(doc);
        return ink;
    }

    /**
     * The characters of the page, in the order they are drawn; not those the clipping path hides (a
     * merged cell's label cut off by a page break, the lines of a wrapped text beyond its row's height):
     * what does not show on the page is not the form's.
     */
    private static final class Characters extends PDFTextStripper {
        private final PageInk ink;

        Characters(PageInk ink) throws IOException {
            this.ink = ink;
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u != null && !u.isEmpty() && shown(t)) {
                ink.glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt()));
            }
        }

        /** Whether the glyph was drawn inside the clipping path, as {@link Lines} saw it (the text extraction keeps no clip). */
        private boolean shown(TextPosition t) {
            return !ink.hidden.contains(at(t.getTextMatrix()));
        }
    }

    /** A glyph's place as drawn: its text rendering matrix's origin, the same for both passes over the page. */
    private static long at(Matrix m) {
        return ((long) Float.floatToIntBits(m.getTranslateX()) << 32) | (Float.floatToIntBits(m.getTranslateY()) & 0xffffffffL);
    }

    /** The page's stroked and thin filled paths, as horizontal and vertical segments; and which glyphs the clip hides. */
    private static final class Lines extends PDFGraphicsStreamEngine {
        private final PageInk ink;
        private final double top;
        private final List<Point2D[]> path = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        /** Whether the path being built is to clip (W before n). */
        private boolean clipping;
        private Point2D current;
        private Point2D start;

        Lines(PDPage page, PageInk ink, double top) {
            super(page);
            this.ink = ink;
            this.top = top;
        }

        /**
         * A glyph wholly outside the clipping path is hidden; one the clip cuts (a merged cell's label cut
         * by a page break shows half on each page) still shows. Its box: half its size wide, from a fifth
         * below its baseline to its size above.
         */
        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code,
                                 Vector displacement) {
            Area clip = getGraphicsState().getCurrentClippingPath();
            double size = Math.abs(trm.getScalingFactorY());
            if (clip != null && !clip.intersects(trm.getTranslateX(), trm.getTranslateY() - size / 5, size / 2, size * 1.2)) {
                ink.hidden.add(at(trm));
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[] {p0, p2});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            path.add(new Point2D[] {current, next});
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (current != null && start != null) {
                path.add(new Point2D[] {current, start});
                current = start;
            }
        }

        @Override
        public void strokePath() throws IOException {
            for (Point2D[] s : path) {
                add(s[0].getX(), s[0].getY(), s[1].getX(), s[1].getY());
            }
            for (Point2D[] r : rectangles) {
                double x0 = r[0].getX();
                double y0 = r[0].getY();
                double x1 = r[1].getX();
                double y1 = r[1].getY();
                add(x0, y0, x1, y0);
                add(x0, y1, x1, y1);
                add(x0, y0, x0, y1);
                add(x1, y0, x1, y1);
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            for (Point2D[] r : rectangles) {
                double x0 = Math.min(r[0].getX(), r[1].getX());
                double x1 = Math.max(r[0].getX(), r[1].getX());
                double y0 = Math.min(r[0].getY(), r[1].getY());
                double y1 = Math.max(r[0].getY(), r[1].getY());
                if (y1 - y0 <= THIN && x1 - x0 > THIN) {
                    add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
                } else if (x1 - x0 <= THIN && y1 - y0 > THIN) {
                    add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
                }
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            strokePath();
        }

        @Override
        public void endPath() {
            if (clipping && path.isEmpty() && rectangles.size() == 1) { // re W n: how office suites clip a cell's text
                Point2D[] r = rectangles.get(0);
                Rectangle2D box = new Rectangle2D.Double();
                box.setFrameFromDiagonal(r[0], r[1]);
                getGraphicsState().intersectClippingPath(new Area(box));
            }
            clipping = false;
            path.clear();
            rectangles.clear();
        }

        /** A clip with any other path is not followed: the glyphs under it count as shown. */
        @Override
        public void clip(int windingRule) {
            clipping = true;
        }

        @Override
        public void drawImage(PDImage image) {
            ink.images = true;
        }

        @Override
        public void shadingFill(COSName name) {
        }

        /** A horizontal or vertical piece of path (diagonals are no ruling), in top-down coordinates. */
        private void add(double x0, double y0, double x1, double y1) throws TooManyLines {
            Segment s = null;
            if (Math.abs(y0 - y1) < 0.5 && Math.abs(x0 - x1) > 1) {
                s = new Segment(true, top - y0, Math.min(x0, x1), Math.max(x0, x1));
            } else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y0 - y1) > 1) {
                s = new Segment(false, x0, top - Math.max(y0, y1), top - Math.min(y0, y1));
            }
            if (s == null || ink.tooManyLines) {
                return;
            }
            if (ink.segments.size() >= ink.maxLines) {
                ink.tooManyLines = true;
                throw new TooManyLines();
            }
            ink.segments.add(s);
        }
    }
}
