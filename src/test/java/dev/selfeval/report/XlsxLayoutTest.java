package dev.selfeval.report;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's workbook as an auditor prints it, read back with POI: every sheet on A4 landscape, one
 * page wide, the header row on every page, a page number; columns fitted to their widest cell (a
 * Chinese character counting two) up to a cap, longer texts wrapped in rows tall enough; 宋体 in every
 * cell; the header row bold and filled; rows filled by severity.
 */
class XlsxLayoutTest {
    /** The message column's width before issue 29: 256 × max(8, min(40, 2 × 2 + 4)). */
    private static final int OLD_MESSAGE_WIDTH = 256 * 8;

    @TempDir
    static Path tmp;
    private static XSSFWorkbook book;

    @BeforeAll
    static void writeTheSeedWorkbook() throws Exception {
        Path out = tmp.resolve("seed.xlsx");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "xlsx", "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        book = new XSSFWorkbook(Files.newInputStream(out));
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    private static String fill(Cell c) {
        XSSFColor color = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor();
        return color == null ? null : HexFormat.of().withUpperCase().formatHex(color.getRGB());
    }

    private static Row findingRow(String ruleId, String formSuffix) {
        for (Row r : book.getSheet("问题清单")) {
            if (r.getRowNum() > 0 && r.getCell(4).getStringCellValue().equals(ruleId)
                    && r.getCell(0).getStringCellValue().endsWith(formSuffix)) {
                return r;
            }
        }
        throw new AssertionError(ruleId + " on " + formSuffix + " not found");
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithTheHeaderRowOnEachPage() {
        assertEquals(4, book.getNumberOfSheets());
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            XSSFSheet s = book.getSheetAt(i);
            String name = s.getSheetName();
            PrintSetup p = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, p.getPaperSize(), name);
            assertTrue(p.getLandscape(), name + ": landscape");
            assertTrue(s.getFitToPage(), name + ": fit to page");
            assertEquals(1, p.getFitWidth(), name + ": one page wide");
            assertEquals(0, p.getFitHeight(), name + ": as many pages tall as it takes");
            assertEquals(CellRangeAddress.valueOf("1:1").formatAsString(), s.getRepeatingRows().formatAsString(), name);
            assertEquals("第 &P 页，共 &N 页", s.getFooter().getCenter(), name + ": a page number");
            assertEquals("&A", s.getHeader().getCenter(), name + ": the sheet's name above");
            assertTrue(s.isPrintGridlines(), name);
            assertEquals(0.4, s.getMargin(PageMargin.LEFT), name);
            assertEquals(0.6, s.getMargin(PageMargin.BOTTOM), name);
        }
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellUpToACap() {
        XSSFSheet findings = book.getSheet("问题清单");
        assertEquals("问题", findings.getRow(0).getCell(7).getStringCellValue());
        assertTrue(findings.getColumnWidth(7) > OLD_MESSAGE_WIDTH, "the message column is wider than it was");
        assertEquals(256 * (50 + 2), findings.getColumnWidth(7), "messages are longer than the cap: the cap and room");
        XSSFSheet depts = book.getSheet("按部门");
        assertEquals(256 * (24 + 2), depts.getColumnWidth(0), "上海市宝山区城市网格化综合管理中心 is 34 wide: capped at 24");
        assertEquals(256 * (4 + 3 + 2), depts.getColumnWidth(1), "表数: its header, the filter's button and room; counts are narrower");
        assertEquals(256 * (12 + 3 + 2), depts.getColumnWidth(5), "平均重算总分: six Chinese characters count twelve");
        assertEquals(256 * (27 + 2), book.getSheet("汇总").getColumnWidth(1), "000_01ee96ef31214bdb.txt#10 is 27 wide");
    }

    @Test
    void longTextsWrapInRowsTallEnoughForTheirLines() {
        Row overspent = findingRow("FUND-OVERSPENT", "#5");
        Cell message = overspent.getCell(7);
        assertTrue(Width.of(message.getStringCellValue()) > 50, message.getStringCellValue());
        assertTrue(message.getCellStyle().getWrapText(), "a message over the cap wraps");
        assertTrue(overspent.getHeightInPoints() >= 2 * WorkbookTable.LINE, "two lines at least: " + overspent.getHeightInPoints());
        assertFalse(overspent.getCell(6).getCellStyle().getWrapText(), "严重程度 fits: no wrap");
        int wrapped = 0;
        for (Row r : book.getSheet("问题清单")) {
            boolean any = false;
            for (Cell c : r) {
                any |= r.getRowNum() > 0 && c.getCellStyle().getWrapText();
            }
            if (any) {
                wrapped++;
                assertTrue(r.getHeightInPoints() >= 2 * WorkbookTable.LINE, "row " + (r.getRowNum() + 1));
            }
        }
        assertTrue(wrapped > 10, wrapped + " rows with wrapped cells");
    }

    @Test
    void everyCellIsInSongTiAndTheHeaderRowIsBoldAndFilled() {
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            XSSFSheet s = book.getSheetAt(i);
            Cell header = s.getRow(0).getCell(0);
            assertTrue(book.getFontAt(header.getCellStyle().getFontIndex()).getBold(), s.getSheetName());
            assertEquals(WorkbookStyles.HEADER_FILL, fill(header), s.getSheetName());
            for (Row r : s) {
                for (Cell c : r) {
                    assertEquals("宋体", book.getFontAt(c.getCellStyle().getFontIndex()).getFontName(), s.getSheetName() + "!" + c.getAddress());
                }
            }
        }
        assertEquals("宋体", book.getFontAt(0).getFontName(), "the Normal style's font, for empty cells and column widths");
        assertEquals(FontScheme.NONE, book.getFontAt(0).getScheme(), "by name, not the theme's font (Calibri)");
    }

    @Test
    void findingsAreFilledBySeverityAndFormsByTheirWorst() {
        Row overspent = findingRow("FUND-OVERSPENT", "#5");
        for (int c = 0; c < XlsxReporter.FINDINGS.size(); c++) {
            assertNotNull(overspent.getCell(c), "an error row is filled to its last column: " + c);
            assertEquals(WorkbookStyles.ERROR_FILL, fill(overspent.getCell(c)), "column " + c);
        }
        assertEquals(WorkbookStyles.WARNING_FILL, fill(findingRow("FUND-RATE", "#3").getCell(7)));
        XSSFSheet summary = book.getSheet("汇总");
        assertEquals(WorkbookStyles.ERROR_FILL, fill(summary.getRow(5).getCell(2)), "form 5 has an error");
        assertEquals(WorkbookStyles.WARNING_FILL, fill(summary.getRow(3).getCell(2)), "form 3 has warnings only");
        List<String> fills = List.of(fill(book.getSheet("按部门").getRow(1).getCell(0)), fill(book.getSheet("按部门").getRow(2).getCell(0)));
        assertEquals(List.of(WorkbookStyles.ERROR_FILL, WorkbookStyles.WARNING_FILL), fills, "departments by their worst finding");
        assertNull(fill(book.getSheet("扣分明细").getRow(1).getCell(0)), "the ledger is not coloured");
    }
}
