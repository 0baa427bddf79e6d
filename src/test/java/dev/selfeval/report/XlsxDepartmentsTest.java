package dev.selfeval.report;

import dev.selfeval.engine.Rounding;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pivoting without a lookup: 问题清单 names each finding's department and rule title, and 按部门 has a
 * department a row (forms, forms with an error, errors, warnings, mean recomputed total), most errors
 * first. The seed: nine forms of 上海市宝山区城市网格化综合管理中心 (form 5's FUND-OVERSPENT the one
 * error; 4+2+4+3+2+3+3+1+1 = 23 warnings; totals 100, 97.93, 100, 100, 97.18, 95.87, 99.81, 0, 0:
 * 690.79 ÷ 9 = 76.7544…) and form 2 of 上海市宝山区城市运行管理中心 (8 warnings, 100).
 */
class XlsxDepartmentsTest {
    private static final String GRID = "上海市宝山区城市网格化综合管理中心";
    private static final String OPERATIONS = "上海市宝山区城市运行管理中心";

    private static List<Object> values(Row r) {
        List<Object> v = new ArrayList<>();
        for (Cell c : r) {
            v.add(c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue() : c.getStringCellValue());
        }
        return v;
    }

    /** The seed's workbook written with the shipped rules, its scores rounded as {@code rounding} says. */
    private static XSSFWorkbook seedBook(Rounding rounding) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reporter book = ReportsForTests.workbook(out, 1_000);
        RunInfo run = RunInfo.of(Rules.shipped());
        book.begin(new RunInfo(run.rulesDir(), run.ruleCount(), run.fingerprint(), run.rules(), run.grades(), rounding, run.ruleHashes()));
        Auditor auditor = Rules.auditor();
        for (var form : Fixtures.seedForms()) {
            book.write(book.render(auditor.audit(form)));
        }
        book.end(new Summary(), RunEnd.of(List.of()));
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theDepartmentSheetHasADepartmentARowMostErrorsFirst(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.xlsx");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--format", "xlsx", "--fail-on", "none", "--out", out.toString()).exit());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet depts = book.getSheet("按部门");
            assertEquals(2, depts.getLastRowNum(), "two departments");
            assertEquals(List.of(GRID, 9.0, 1.0, 1.0, 23.0, 76.75), values(depts.getRow(1)));
            assertEquals(List.of(OPERATIONS, 1.0, 0.0, 0.0, 8.0, 100.0), values(depts.getRow(2)));
            assertEquals("0.00", depts.getRow(1).getCell(5).getCellStyle().getDataFormatString(), "the mean shows two decimals");
            assertEquals("0.00", depts.getRow(2).getCell(5).getCellStyle().getDataFormatString(), "100.00, as parameters.yaml's scale");
        }
    }

    @Test
    void theMeanIsRoundedAsTheRunsParametersSay() throws Exception {
        try (XSSFWorkbook book = seedBook(new Rounding(1, RoundingMode.DOWN))) {
            assertEquals(76.7, book.getSheet("按部门").getRow(1).getCell(5).getNumericCellValue(), "76.7544… cut to one decimal");
        }
        try (XSSFWorkbook book = seedBook(new Rounding(1, RoundingMode.HALF_UP))) {
            assertEquals(76.8, book.getSheet("按部门").getRow(1).getCell(5).getNumericCellValue(), "76.7544… half up to one decimal");
        }
    }

    @Test
    void everyFindingNamesItsDepartmentAndItsRulesTitle(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.xlsx");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--format", "xlsx", "--fail-on", "none", "--out", out.toString()).exit());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet findings = book.getSheet("问题清单");
            Row overspent = null;
            List<String> sweep = new ArrayList<>();
            for (Row r : findings) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                String id = r.getCell(4).getStringCellValue();
                assertEquals(CellType.STRING, r.getCell(2).getCellType(), "a department on every row: " + (r.getRowNum() + 1));
                assertEquals(CellType.STRING, r.getCell(5).getCellType(), "a title on every row: " + id);
                if (id.equals("FUND-OVERSPENT")) {
                    overspent = r;
                }
                if (id.startsWith("SWEEP-")) {
                    sweep.add(r.getCell(0).getStringCellValue() + " " + r.getCell(2).getStringCellValue() + " " + r.getCell(5).getStringCellValue());
                }
            }
            assertEquals(List.of("000_01ee96ef31214bdb.txt#5", "系统及平台运行维护费", GRID, "FUND-OVERSPENT", "执行数超过预算数", "错误"),
                    List.of(overspent.getCell(0).getStringCellValue(), overspent.getCell(1).getStringCellValue(),
                            overspent.getCell(2).getStringCellValue(), overspent.getCell(4).getStringCellValue(),
                            overspent.getCell(5).getStringCellValue(), overspent.getCell(6).getStringCellValue()));
            assertEquals(List.of("000_01ee96ef31214bdb.txt#1；000_01ee96ef31214bdb.txt#5 " + GRID + " 不同项目使用相同的指标表",
                    "000_01ee96ef31214bdb.txt#4；000_01ee96ef31214bdb.txt#9 " + GRID + " 不同项目使用相同的指标表"), sweep,
                    "a finding across forms: their departments, once each");
        }
    }
}
