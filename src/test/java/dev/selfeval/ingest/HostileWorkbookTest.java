package dev.selfeval.ingest;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.ingest.xlsx.WorkbookGridReader;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.RawXlsx;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Workbooks a few kilobytes packed that would take the whole run (millions of cells, minutes of
 * work): merged regions reach no further than the cells with content, and what no workbook of forms
 * has (that many merged regions, cells or shared strings, one sheet read a thousand times) is
 * refused with its reason.
 */
class HostileWorkbookTest {

    /** The grid's rows as texts, a merged position after its region's first marked with ~. */
    private static List<List<String>> texts(List<GridRow> rows) {
        return rows.stream().map(r -> r.cells().stream().map(c -> (c.merged() ? "~" : "") + c.text()).toList()).toList();
    }

    private static String refusal(byte[] workbook) {
        return assertThrows(UnreadableInputException.class, () -> WorkbookGridReader.read(workbook, "h.xlsx")).getMessage();
    }

    /** A merged region from B3 to the sheet's last row, column IV (25.5 million positions as .xlsx, 16.7 million as .xls), ends at the content. */
    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void aRegionToTheEndOfTheSheetIsClampedToTheCellsWithContent(boolean xlsx) throws Exception {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet s = wb.createSheet("表1");
            String[][] cells = {{"项目名称", "测试项目", "某局"}, {"年度", "2023年度"}, {"备注", "见附件"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            SpreadsheetVersion v = xlsx ? SpreadsheetVersion.EXCEL2007 : SpreadsheetVersion.EXCEL97;
            s.addMergedRegionUnsafe(new CellRangeAddress(2, v.getLastRowIndex(), 1, 255));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertEquals(List.of(List.of("项目名称", "测试项目", "某局"), List.of("年度", "2023年度"), List.of("备注", "见附件", "~见附件")),
                    texts(WorkbookGridReader.read(out.toByteArray(), "h").get(0).rows()));
        }
    }

    /** 5,000 regions over the whole sheet, each from A1 (their ends differ, as repeats would trip the zip-bomb check), on a form of three cells. */
    @Test
    void manyOverlappingRegionsOverASmallFormCoverOnlyTheForm() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(
                w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>某局</t></is></c></row>"),
                w -> {
                    w.write("<mergeCells>");
                    for (int i = 0; i < 5_000; i++) {
                        w.write("<mergeCell ref=\"A1:IV" + (100_000 - i) + "\"/>");
                    }
                    w.write("</mergeCells>");
                }), null);
        List<Cell> row = WorkbookGridReader.read(book, "h").get(0).rows().get(0).cells();
        assertEquals(List.of(List.of("项目名称", "~项目名称", "~项目名称")), texts(WorkbookGridReader.read(book, "h").get(0).rows()));
        assertEquals(Cell.of("项目名称"), row.get(0));
    }

    /** The same 5,000 regions once a cell at IV100 makes each 25,600 positions: refused at the 157th, not at 128 million. */
    @Test
    void overlappingRegionsOverAWideSheetAreRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(
                w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c></row>"
                        + "<row r=\"100\"><c r=\"IV100\"><v>1</v></c></row>"),
                w -> {
                    w.write("<mergeCells>");
                    for (int i = 0; i < 5_000; i++) {
                        w.write("<mergeCell ref=\"A1:IV" + (100_000 - i) + "\"/>");
                    }
                    w.write("</mergeCells>");
                }), null);
        assertEquals("工作表「表1」的合并单元格合计覆盖超过 4000000 格（到合并区域 A1:IV99844 为止：合并区域过大或大量重叠），"
                + "已拒绝读取（请在 Excel 中取消多余的合并单元格后另存，再审核）", refusal(book));
        assertEquals("h.xlsx: " + refusal(book), FormReaders.read(book, "h.xlsx", "h.xlsx", null, Format.XLSX, Fixtures.templates())
                .errorMessage(), "the whole file is one unreadable result, its reason as said");
    }

    /** One region over the whole sheet, with content in its first and its last cell: refused, not 25.6 million positions. */
    @Test
    void aRegionOverTheWholeSheetWithContentAtItsFarCornerIsRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(
                w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c></row>"
                        + "<row r=\"100000\"><c r=\"IV100000\"><v>1</v></c></row>"),
                w -> w.write("<mergeCells><mergeCell ref=\"A1:IV100000\"/></mergeCells>")), null);
        assertEquals("工作表「表1」的合并单元格合计覆盖超过 4000000 格（到合并区域 A1:IV100000 为止：合并区域过大或大量重叠），"
                + "已拒绝读取（请在 Excel 中取消多余的合并单元格后另存，再审核）", refusal(book));
    }

    @Test
    void moreMergedRegionsThanAnySheetOfFormsIsRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> { }, w -> {
            w.write("<mergeCells>");
            for (int i = 0; i < 100_001; i++) {
                w.write("<mergeCell ref=\"A1:IV" + (100_000 - i % 90_000) + "\"/>");
            }
            w.write("</mergeCells>");
        }), null);
        assertEquals("工作表「表1」的合并单元格超过 100000 个，已拒绝读取（一张自评表只有二十来个；请在 Excel 中取消多余的合并单元格后另存，再审核）",
                refusal(book));
    }

    /** A cell in column IV on each of 16,000 rows makes every row 256 positions wide: refused at 4 million. */
    @Test
    void cellsFarToTheRightOnEveryRowAreRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> {
            for (int r = 1; r <= 16_000; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"IV" + r + "\"><v>" + r + "</v></c></row>");
            }
        }, w -> { }), null);
        assertEquals("工作簿超过 4000000 格（读到工作表「表1」第 15626 行；该表共 16000 行、最宽 256 列），已拒绝读取"
                + "（请删除远处零散的内容后另存，或拆分为多个文件，再审核）", refusal(book));
    }

    /** Two sheets of 8,000 rows 256 positions wide: each within the limit, refused as the second adds to the first. */
    @Test
    void theLimitOnPositionsCountsEverySheetOfTheWorkbook() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            for (String name : List.of("表1", "表2")) {
                Sheet s = wb.createSheet(name);
                for (int r = 0; r < 8_000; r++) {
                    s.createRow(r).createCell(255).setCellValue(r);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertEquals("工作簿超过 4000000 格（读到工作表「表2」第 7626 行；该表共 8000 行、最宽 256 列），已拒绝读取"
                    + "（请删除远处零散的内容后另存，或拆分为多个文件，再审核）", refusal(out.toByteArray()));
        }
    }

    /** 1,000 sheets that are one part of 20,000 rows (a 157 KB file that took 3 GB): refused at the second. */
    @Test
    void sheetsThatAreOnePartAreRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> {
            for (int r = 1; r <= 20_000; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        }, w -> { }), null, 1_000);
        assertEquals("工作表「表2」与「表1」是同一份内容（Excel 不会这样保存，文件可能经过改动），已拒绝读取（请在 Excel 中打开并另存，再审核）",
                refusal(book));
    }

    /** 11 cells of text on each of 100,000 rows: more than a sheet of forms has, refused as it streams. */
    @Test
    void moreCellsThanAnySheetOfFormsIsRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> {
            for (int r = 1; r <= 100_000; r++) {
                w.write("<row r=\"" + r + "\">");
                for (char c = 'A'; c <= 'K'; c++) {
                    w.write("<c t=\"str\"><v>" + r + "</v></c>");
                }
                w.write("</row>");
            }
        }, w -> { }), null);
        assertEquals("工作簿有内容的单元格超过 1000000 个（读到工作表「表1」），已拒绝读取（请拆分为多个文件）", refusal(book));
    }

    /** A table of a million distinct shared strings (POI's table took 27 s and 840 MB for it) is refused at its limit. */
    @Test
    void aMillionSharedStringsAreRefused() throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), w -> { }),
                w -> {
                    w.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    for (int i = 0; i < 1_000_000; i++) {
                        w.write("<si><t>" + i + "</t></si>");
                    }
                    w.write("</sst>");
                });
        assertEquals("工作簿的共享字符串表超过 500000 条，已拒绝读取（一张自评表只有几十条；请检查文件是否由程序生成出错，或拆分为多个文件，再审核）",
                refusal(book));
    }
}
