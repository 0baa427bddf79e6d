package dev.selfeval.report;

import dev.selfeval.model.Severity;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One table of the workbook, over as many sheets as its rows need: a sheet that reaches the row limit
 * goes on in a sheet of the same name with (2), (3) …, placed beside it, with the header again. Each
 * sheet has its header row styled, frozen, filtered and printed on every page; its columns as wide as
 * their widest cell (a Chinese character counting two), up to the column's cap, a longer or
 * multi-line text wrapping; and it prints on A4 landscape, one page wide, with its name above and the
 * page number below. Only the widest cell of each column is kept: rows stream.
 */
final class WorkbookTable {
    /** A column: its header and the widest it grows, in characters of the width of 0 (a Chinese one is two). */
    record Column(String header, int cap) {
        /** Names, places, ids: about twelve Chinese characters. */
        static final int NAME = 24;
        /** Messages, formulas, bases and reasons: about twenty-five. */
        static final int PROSE = 50;

        static Column of(String header) {
            return new Column(header, NAME);
        }

        static Column prose(String header) {
            return new Column(header, PROSE);
        }
    }

    /** Room beside a header for the filter's button. */
    private static final int BUTTON = 3;
    /** Room either side of a cell's text. */
    private static final int PADDING = 2;
    /**
     * Points a line of wrapped text takes: 宋体 五号 in Excel needs 13.5, the CJK fonts LibreOffice
     * falls back to about 15. Office programs do not fit a streamed row's height to its wrapped text
     * (LibreOffice keeps the default), so a row with wrapped cells is given the height of its lines.
     */
    static final float LINE = 15f;
    /** A text longer than a cell holds (a form's cell can be any length) is cut, and says so. */
    private static final String CUT = "…（超过 Excel 单元格的长度上限，已截断；全文见 JSON 报告）";
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFWorkbook book;
    private final WorkbookStyles styles;
    private final int maxRows;
    private final String name;
    private final List<Column> columns;
    private SXSSFSheet sheet;
    private int sheets;
    /** The widest cell seen in each column of the current sheet. */
    private int[] widths;

    /** @param maxRows rows a sheet holds, its header included */
    WorkbookTable(SXSSFWorkbook book, WorkbookStyles styles, int maxRows, String name, List<Column> columns) {
        this.book = book;
        this.styles = styles;
        this.maxRows = maxRows;
        this.name = name;
        this.columns = columns;
        next();
    }

    static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    private void next() {
        String previous = sheet == null ? null : sheet.getSheetName();
        if (sheet != null) {
            finish();
        }
        sheets++;
        sheet = book.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        if (previous != null) { // beside the table's other parts
            book.setSheetOrder(sheet.getSheetName(), book.getSheetIndex(previous) + 1);
        }
        widths = new int[columns.size()];
        Row r = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(styles.header());
            widths[i] = Width.of(columns.get(i).header()) + BUTTON;
        }
        sheet.createFreezePane(0, 1);
        print();
    }

    /** A4 landscape, one page wide and as many tall as it takes, the header row on each page. */
    private void print() {
        PrintSetup p = sheet.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(true);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setPrintGridlines(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setCenter("&A");
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** The current sheet's last touches: filters over its rows, its columns' widths. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sheet.getLastRowNum()), 0, columns.size() - 1));
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, 256 * (Math.min(columns.get(i).cap(), widths[i]) + PADDING));
        }
    }

    /**
     * Appends a row: numbers as number cells (with two decimals when they have decimals), the rest as
     * text. A row of an ERROR or WARNING is filled with its colour from the first column to the last.
     */
    void add(Severity severity, Object... values) {
        if (sheet.getLastRowNum() + 1 >= maxRows) {
            next();
        }
        boolean filled = severity == Severity.ERROR || severity == Severity.WARNING;
        Row r = sheet.createRow(sheet.getLastRowNum() + 1);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                if (filled) {
                    r.createCell(i).setCellStyle(styles.cell(severity, WorkbookStyles.Kind.TEXT));
                }
                continue;
            }
            Cell c = r.createCell(i);
            int width;
            WorkbookStyles.Kind kind;
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                boolean decimals = n instanceof BigDecimal d && d.scale() > 0;
                kind = decimals ? WorkbookStyles.Kind.DECIMALS : WorkbookStyles.Kind.NUMBER;
                width = (decimals ? ((BigDecimal) n).setScale(2, RoundingMode.HALF_UP).toPlainString() : n.toString()).length();
            } else {
                String text = fit(v.toString());
                c.setCellValue(text);
                width = widest(text);
                int cap = columns.get(i).cap();
                boolean wrapped = width > cap || text.indexOf('\n') >= 0;
                kind = wrapped ? WorkbookStyles.Kind.WRAPPED : WorkbookStyles.Kind.TEXT;
                if (wrapped) {
                    lines = Math.max(lines, lines(text, cap));
                }
            }
            widths[i] = Math.max(widths[i], width);
            c.setCellStyle(styles.cell(severity, kind));
        }
        if (lines > 1) {
            r.setHeightInPoints(Math.min(409f, lines * LINE)); // 409 points: the tallest a row can be
        }
    }

    /** The lines a text takes wrapped in a column {@code cap} wide (a CJK text exactly, words about). */
    private static int lines(String text, int cap) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n += Math.max(1, (Width.of(line) + cap - 1) / cap);
        }
        return n;
    }

    /** The display width of a text's widest line. */
    private static int widest(String text) {
        if (text.indexOf('\n') < 0) {
            return Width.of(text);
        }
        int w = 0;
        for (String line : text.split("\n", -1)) {
            w = Math.max(w, Width.of(line));
        }
        return w;
    }
}
