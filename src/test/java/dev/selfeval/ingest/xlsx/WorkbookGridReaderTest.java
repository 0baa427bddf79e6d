package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.support.RawXlsx;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cells of .xlsx and .xls workbooks as the grid sees them: shown text, exact values, merges, hidden rows and sheets. */
class WorkbookGridReaderTest {

    /** One sheet "表1" with the cells of {@link #cells}, in the given kind of workbook. */
    private static byte[] workbook(boolean xlsx) throws Exception {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet s = wb.createSheet("表1");
            Row r = s.createRow(0);
            number(wb, r, 0, 0.7931, "0.00%");
            number(wb, r, 1, 916392.88, "#,##0");
            number(wb, r, 2, 928050, "0.00");
            number(wb, r, 3, 0.7930012, "0.00%");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
            r.getCell(4).setCellStyle(date);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            r.createCell(5).setCellValue("=100%");
            r.getCell(5).setCellStyle(quoted);
            r.createCell(6).setCellValue("其中：当年财政\n拨款");
            r.createCell(7).setCellValue(true);
            for (String format : new String[] {"yyyy\"年\"m\"月\"d\"日\"", "yyyy\\年m\\月d\\日"}) {
                CellStyle chinese = wb.createCellStyle();
                chinese.setDataFormat(wb.createDataFormat().getFormat(format));
                org.apache.poi.ss.usermodel.Cell c = r.createCell(r.getLastCellNum());
                c.setCellValue(LocalDate.of(2023, 11, 30));
                c.setCellStyle(chinese);
            }
            Row merged = s.createRow(1);
            merged.createCell(0).setCellValue("项目资金（元）");
            s.addMergedRegion(new CellRangeAddress(1, 3, 0, 1));
            s.createRow(2).createCell(2).setCellValue("年度资金总额");
            s.getRow(2).setZeroHeight(true);
            Sheet hidden = wb.createSheet("隐藏");
            hidden.createRow(1).createCell(0).setCellValue("项目名称");
            wb.setSheetHidden(1, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void number(Workbook wb, Row r, int col, double value, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        r.createCell(col).setCellValue(value);
        r.getCell(col).setCellStyle(style);
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void numbersAreShownAsExcelShowsThemAndKeepTheirValue(boolean xlsx) throws Exception {
        List<Cell> row = WorkbookGridReader.read(workbook(xlsx), "b").get(0).rows().get(0).cells();
        assertEquals("79.31%", row.get(0).text());
        assertEquals(new BigDecimal("79.31"), row.get(0).number());
        assertEquals("916,393", row.get(1).text());
        assertEquals(new BigDecimal("916393"), row.get(1).number(), "as shown: what the form states");
        assertEquals(new BigDecimal("916392.88"), row.get(1).stored(), "the cents the format hides, kept for amounts");
        assertEquals("928050.00", row.get(2).text());
        assertEquals(new BigDecimal("928050.00"), row.get(2).number(), "the decimals shown");
        assertEquals("79.30%", row.get(3).text());
        assertEquals(new BigDecimal("79.30"), row.get(3).number(), "a computed rate, to the decimals shown");
        assertEquals("2023-12-31", row.get(4).text());
        assertNull(row.get(4).number(), "a date is no number");
        assertEquals("=100%", row.get(5).text());
        assertEquals("其中：当年财政拨款", row.get(6).text());
        assertEquals("TRUE", row.get(7).text());
        assertEquals("2023年11月30日", row.get(8).text(), "a date format's literal text in quotes");
        assertEquals("2023年11月30日", row.get(9).text(), "a date format's literal text escaped");
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void mergedCellsHiddenRowsAndHiddenSheets(boolean xlsx) throws Exception {
        List<Grid> grids = WorkbookGridReader.read(workbook(xlsx), "b");
        List<GridRow> rows = grids.get(0).rows();
        assertEquals("项目资金（元）", rows.get(1).cells().get(0).text());
        assertEquals(false, rows.get(1).cells().get(0).merged());
        Cell covered = rows.get(2).cells().get(1);
        assertEquals("项目资金（元）", covered.text(), "a merged region's text at every position it covers");
        assertTrue(covered.merged());
        assertEquals(3, rows.size(), "the region A2:B4 ends at row 3, the last with content");
        assertEquals("此行是隐藏行", rows.get(2).note());
        assertEquals("表1 第 3 行", rows.get(2).at().place());
        GridRow hidden = grids.get(1).rows().get(1);
        assertEquals("工作表「隐藏」是隐藏的工作表", hidden.note());
        assertEquals(5, hidden.line(), "rows are numbered through the workbook: 3 in the first sheet, then these");
    }

    @Test
    void aFormulaWithoutAStoredResultIsAProblemCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellFormula("B1*2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Cell c = WorkbookGridReader.read(out.toByteArray(), "f").get(0).rows().get(0).cells().get(0);
            assertEquals("", c.text());
            assertEquals("是公式「=B1*2」，文件中没有保存计算结果（请在 Excel 中打开、计算并保存后再审核）", c.problem());
        }
    }

    /** A sheet of 1,000,000 rows (written as a stream, a few MB packed) is refused at the row limit, not read. */
    @Test
    void aMillionRowSheetIsRefusedAsItStreams() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"长表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int r = 1; r <= 1_000_000; r++) {
                sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
                if (sb.length() > 1 << 16) {
                    zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            zip.write((sb + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> WorkbookGridReader.read(bytes.toByteArray(), "long.xlsx"));
        assertEquals("工作表「长表」超过 100000 行，已拒绝读取（请拆分为多个文件）", e.getMessage());
    }

    /** Shared strings as Excel writes them, rich runs joined and phonetic guides left out, in either namespace. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"})
    void sharedStringsAreReadInTheTransitionalAndTheStrictNamespace(String namespace) throws Exception {
        byte[] book = RawXlsx.of(RawXlsx.sheet(w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B1\" t=\"s\"><v>0</v></c></row>"), w -> { }), w -> w.write("<?xml version=\"1.0\"?><sst xmlns=\""
                + namespace + "\"><si><t>项目名称</t></si><si><r><t>其中：</t></r><r><rPr><b/></rPr><t>财政拨款</t></r>"
                + "<rPh sb=\"0\" eb=\"2\"><t>qi zhong</t></rPh></si></sst>"));
        List<Cell> row = WorkbookGridReader.read(book, "s").get(0).rows().get(0).cells();
        assertEquals(List.of("其中：财政拨款", "项目名称"), row.stream().map(Cell::text).toList());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
