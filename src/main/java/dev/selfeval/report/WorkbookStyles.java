package dev.selfeval.report;

import dev.selfeval.model.Severity;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's look. Every cell is in 宋体 (SimSun): the one Chinese font that every Chinese
 * Windows has had since 1995 and that Excel, WPS and LibreOffice all know by this name (LibreOffice's
 * substitution table maps it to the Song face installed, or falls back to any CJK font); its Latin
 * characters are exactly half as wide as its Chinese ones, so widths counted with {@link Width} fit;
 * at 五号 (10.5 points), the size of Chinese official documents.
 * 等线 (DengXian), Excel's default since 2016, is missing from older offices and from LibreOffice's
 * table. The header row is bold on a blue-grey fill; a data row is filled by its severity (错误 light
 * red, 警告 light yellow, 提示 and none plain), its cells by kind: text, wrapped text, number, number
 * with two decimals. Fourteen styles in all, whatever the workbook's size.
 */
final class WorkbookStyles {
    static final String FONT = "宋体";
    /** 五号, the size of the body text of Chinese official documents, in twentieths of a point. */
    static final short TWIPS = 210;
    /** Excel's own "light red fill" and a light yellow. */
    static final String ERROR_FILL = "FFC7CE";
    static final String WARNING_FILL = "FFF2CC";
    static final String HEADER_FILL = "D9E1F2";
    private static final int GB2312 = 134;

    /** What a data cell holds, for its alignment and number format. */
    enum Kind { TEXT, WRAPPED, NUMBER, DECIMALS }

    private final SXSSFWorkbook book;
    private final CellStyle header;
    /** By fill (none, ERROR, WARNING) and kind. */
    private final CellStyle[][] cells = new CellStyle[3][Kind.values().length];

    WorkbookStyles(SXSSFWorkbook book) {
        this.book = book;
        XSSFFont normal = (XSSFFont) book.getFontAt(0); // the Normal style's: every cell and the column width unit
        cjk(normal);
        XSSFFont bold = (XSSFFont) book.createFont();
        cjk(bold);
        bold.setBold(true);
        header = style(HEADER_FILL, Kind.WRAPPED);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        String[] fills = {null, ERROR_FILL, WARNING_FILL};
        for (int f = 0; f < fills.length; f++) {
            for (Kind k : Kind.values()) {
                cells[f][k.ordinal()] = style(fills[f], k);
            }
        }
    }

    /** 宋体 by name, not the theme's font (a new workbook's font follows the theme: Calibri). */
    private static void cjk(XSSFFont f) {
        f.setScheme(FontScheme.NONE);
        f.setFontName(FONT);
        f.setFontHeight(TWIPS);
        f.setCharSet(GB2312);
    }

    private CellStyle style(String fill, Kind kind) {
        XSSFCellStyle s = (XSSFCellStyle) book.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(kind == Kind.WRAPPED);
        if (kind == Kind.DECIMALS) {
            s.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(rgb(fill), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static byte[] rgb(String hex) {
        return new byte[]{(byte) Integer.parseInt(hex, 0, 2, 16), (byte) Integer.parseInt(hex, 2, 4, 16),
                (byte) Integer.parseInt(hex, 4, 6, 16)};
    }

    CellStyle header() {
        return header;
    }

    /** A data cell's style: filled as {@code severity} says (ERROR, WARNING; anything else plain). */
    CellStyle cell(Severity severity, Kind kind) {
        int fill = severity == Severity.ERROR ? 1 : severity == Severity.WARNING ? 2 : 0;
        return cells[fill][kind.ordinal()];
    }
}
