package dev.selfeval.report;

import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook read back with POI: four sheets, Chinese headers, frozen and filtered, numbers as numbers, no formula. */
class XlsxReportTest {

    private static XSSFWorkbook seedBook(Path tmp) throws Exception {
        Path out = tmp.resolve("r.xlsx");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "xlsx", "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    private static List<String> texts(Row r) {
        List<String> t = new ArrayList<>();
        r.forEach(c -> t.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
        return t;
    }

    @Test
    void fourSheetsWithAHeaderRowFrozenAndFiltered(@TempDir Path tmp) throws Exception {
        try (XSSFWorkbook book = seedBook(tmp)) {
            assertEquals(4, book.getNumberOfSheets());
            assertEquals(List.of("汇总", "按部门", "问题清单", "扣分明细"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            XSSFSheet summary = book.getSheet("汇总");
            assertEquals(10, summary.getLastRowNum(), "a row for each of the ten forms");
            assertEquals(List.of("文件", "表", "项目名称", "主管部门", "实施单位", "年度", "表式", "位置", "填报总分", "重算总分", "差额",
                    "填报等级", "重算等级", "错误", "警告", "提示", "已豁免", "无法读取的原因"), texts(summary.getRow(0)));
            assertEquals(38, book.getSheet("问题清单").getLastRowNum(), "36 findings on the forms and 2 across them");
            assertEquals(List.of("表", "项目名称", "主管部门", "位置", "规则", "规则名称", "严重程度", "问题", "应为", "实为", "依据",
                    "规则位置", "豁免", "与基线比"), texts(book.getSheet("问题清单").getRow(0)));
            assertEquals(List.of("主管部门", "表数", "有错误的表", "错误", "警告", "平均重算总分"), texts(book.getSheet("按部门").getRow(0)));
            for (XSSFSheet s : List.of(summary, book.getSheet("按部门"), book.getSheet("问题清单"), book.getSheet("扣分明细"))) {
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName() + ": header row frozen");
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + ": filters on");
            }
        }
    }

    @Test
    void numbersAreNumbersAndNoCellIsAFormula(@TempDir Path tmp) throws Exception {
        try (XSSFWorkbook book = seedBook(tmp)) {
            Row form3 = book.getSheet("汇总").getRow(3);
            assertEquals("000_01ee96ef31214bdb.txt#3", form3.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, form3.getCell(8).getCellType());
            assertEquals(97.93, form3.getCell(8).getNumericCellValue());
            assertEquals(97.93, form3.getCell(9).getNumericCellValue());
            assertEquals(2023.0, form3.getCell(5).getNumericCellValue());
            assertEquals(2.0, form3.getCell(14).getNumericCellValue(), "warnings");
            int texts = 0;
            for (var sheet : book) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        assertTrue(c.getCellType() != CellType.FORMULA, sheet.getSheetName() + "!" + c.getAddress());
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("=1个")) {
                            texts++;
                        }
                    }
                }
            }
            assertTrue(texts > 0, "the seed's actual value =1个 is a text cell, not a formula");
            Row fundRate = null;
            for (Row r : book.getSheet("问题清单")) {
                if (r.getRowNum() > 0 && r.getCell(4).getStringCellValue().equals("FUND-RATE")
                        && r.getCell(0).getStringCellValue().endsWith("#3")) {
                    fundRate = r;
                }
            }
            assertEquals("警告", fundRate.getCell(6).getStringCellValue());
            assertEquals(79.30, fundRate.getCell(8).getNumericCellValue(), "expected, as a number");
            assertEquals(79.31, fundRate.getCell(9).getNumericCellValue(), "actual, as a number");
        }
    }

    @Test
    void aSheetThatReachesTheRowLimitGoesOnInTheNext() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporter book = ReportsForTests.workbook(out, 5);
        book.begin(RunInfo.of(Rules.shipped()));
        Auditor auditor = Rules.auditor();
        for (var form : Fixtures.seedForms()) {
            book.write(book.render(auditor.audit(form)));
        }
        book.end(new Summary(), RunEnd.of(List.of()));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("汇总", read.getSheetName(0));
            assertEquals("汇总 (2)", read.getSheetName(1));
            assertEquals("汇总 (3)", read.getSheetName(2));
            assertEquals(4, read.getSheet("汇总").getLastRowNum(), "a header and four forms");
            assertEquals(2, read.getSheet("汇总 (3)").getLastRowNum(), "the last two of ten");
            assertEquals("000_01ee96ef31214bdb.txt#10", read.getSheet("汇总 (3)").getRow(2).getCell(1).getStringCellValue());
            assertEquals("表", read.getSheet("汇总 (3)").getRow(0).getCell(1).getStringCellValue(), "each part has the header");
            assertEquals("按部门", read.getSheetName(3), "the next table after the parts");
            for (int i = 0; i < 3; i++) { // the print titles follow their sheet when the parts are placed together
                var rows = read.getSheetAt(i).getRepeatingRows();
                assertEquals("1:1", rows.getFirstRow() + 1 + ":" + (rows.getLastRow() + 1), read.getSheetName(i));
            }
            int titles = 0;
            for (var name : read.getAllNames()) {
                if (name.getNameName().equals(XSSFName.BUILTIN_PRINT_TITLE)) {
                    String sheet = read.getSheetName(name.getSheetIndex());
                    assertTrue(name.getRefersToFormula().replace("'", "").startsWith(sheet + "!"), sheet + ": " + name.getRefersToFormula());
                    titles++;
                }
            }
            assertEquals(read.getNumberOfSheets(), titles, "every part repeats its header row on each printed page");
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutAndSaysSo(@TempDir Path tmp) throws Exception {
        Path form = tmp.resolve("long.json");
        String json = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"));
        StringBuilder name = new StringBuilder(); // varied characters: a repeated one compresses like a zip bomb
        for (int i = 0; i < 40_000; i++) {
            name.append((char) (0x4E00 + i * 7919 % 20_000));
        }
        Files.writeString(form, json.replace("\"projectName\": \"区域运中心视频会商系统\"", "\"projectName\": \"" + name + "\""));
        Path out = tmp.resolve("r.xlsx");
        CliRun r = CliRun.run("audit", form.toString(), "--format", "xlsx", "--fail-on", "none", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            String project = book.getSheet("汇总").getRow(1).getCell(2).getStringCellValue();
            assertEquals(32_767, project.length());
            assertTrue(project.endsWith("…（超过 Excel 单元格的长度上限，已截断；全文见 JSON 报告）"), project.substring(32_700));
        }
    }
}
