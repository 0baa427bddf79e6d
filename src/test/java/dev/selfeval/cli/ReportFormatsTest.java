package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.report.ReportsForTests;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonlLinesAreTheJsonFormsThenCrossFormThenSummary() throws Exception {
        CliRun jsonl = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none");
        CliRun json = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "json", "--fail-on", "none");
        List<String> lines = jsonl.out().lines().toList();
        JsonNode doc = JSON.readTree(json.out());
        assertEquals(1 + 10 + 2 + 1, lines.size());
        assertEquals(doc.get("rules"), JSON.readTree(lines.get(0)).get("rules"));
        for (int i = 0; i < 10; i++) {
            assertEquals(doc.get("forms").get(i), JSON.readTree(lines.get(1 + i)), "form " + (i + 1));
        }
        assertEquals(doc.at("/crossForm/0"), JSON.readTree(lines.get(11)).get("crossForm"));
        assertEquals("SWEEP-SAME-INDICATORS", JSON.readTree(lines.get(12)).at("/crossForm/ruleId").asText());
        JsonNode summary = JSON.readTree(lines.get(13)).get("summary");
        assertEquals(doc.at("/summary/findings"), summary.get("findings"));
        assertEquals(doc.at("/summary/byRule"), summary.get("byRule"));
    }

    @Test
    void onlyProblemsLeavesOutTheFormsWithoutAFindingAndTheRunSaysWhereItWrote(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.jsonl");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "rules/tests/FUND-RATE/quiet.txt", "--format", "jsonl",
                "--fail-on", "none", "--only-problems", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("报告已写到 " + out + "\n", r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 10 + 2 + 1, lines.size(), "the run's head, the seed's ten forms (each has a finding), two findings across "
                + "forms and the summary; the clean form left out");
        assertTrue(lines.stream().noneMatch(l -> l.contains("quiet.txt#1")), "the form without a finding is not listed");
        assertTrue(lines.get(lines.size() - 1).contains("\"forms\":11"), "the summary counts every form: " + lines.get(lines.size() - 1));
    }

    @Test
    void csvIsOneFindingPerRowWithABom(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r.csv");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--format", "csv", "--fail-on", "none",
                "--out", out.toString()).exit());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> rows = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("文件,表起始行,表,项目名称,主管部门,规则,规则名称,严重程度,部分,一级指标,二级指标,指标,栏目,行,位置,问题,应为,实为,"
                + "规则文件,规则行,依据,指纹,与基线比,豁免理由,批准人,豁免至", rows.get(0));
        assertEquals(1 + 38, rows.size(), "36 findings on the forms and 2 across them");
        String rate = rows.stream().filter(r -> r.contains(",FUND-RATE,") && r.contains("#3,")).findFirst().orElseThrow();
        assertTrue(rate.startsWith("fixtures/seed/000_01ee96ef31214bdb.txt,56,000_01ee96ef31214bdb.txt#3,政府购买服务人员专项经费,"
                + "上海市宝山区城市网格化综合管理中心,FUND-RATE,执行率与重算不符,警告,项目资金,,,,执行率,61,第 61 行,"), rate);
        assertTrue(rate.contains(",79.30,79.31,rules/funds.drl,"), rate);
        assertTrue(rows.get(rows.size() - 1).startsWith(",,000_01ee96ef31214bdb.txt#4;000_01ee96ef31214bdb.txt#9,,,SWEEP-SAME-INDICATORS,"),
                rows.get(rows.size() - 1));
    }

    @Test
    void csvWritesTextsASpreadsheetWouldEvaluateAsText(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "csv", "--fail-on", "none");
        String measured = r.out().lines().filter(l -> l.contains("系统维护数量,实际完成值,15,")).findFirst().orElseThrow();
        assertTrue(measured.contains("（年度指标值「=1个」）,,'=1个,rules/indicators.drl,"), measured);
        assertEquals("'=1+1,'+A1,'-2 个,'@SUM(A1),'\tx,\"'\ry\",-2.50,a=b\r\n",
                ReportsForTests.csvRow(ReportsForTests.csvText("=1+1"),
                        ReportsForTests.csvText("+A1"), ReportsForTests.csvText("-2 个"),
                        ReportsForTests.csvText("@SUM(A1)"), ReportsForTests.csvText("\tx"),
                        ReportsForTests.csvText("\ry"), "-2.50", ReportsForTests.csvText("a=b")));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n", ReportsForTests.csvRow("a", "b,c", "say \"hi\"", "x\ny"));
    }

    @Test
    void globsExpandInOrder(@TempDir Path tmp) throws Exception {
        Files.copy(Fixtures.SEED, tmp.resolve("b.txt"));
        Files.copy(Fixtures.SEED, tmp.resolve("a.txt"));
        Files.writeString(tmp.resolve("c.md"), "not a form");
        CliRun r = CliRun.run("audit", tmp + "/*.txt", "--format", "jsonl", "--fail-on", "none");
        assertEquals(0, r.exit(), r.err());
        List<String> ids = r.out().lines().map(l -> {
            try {
                return JSON.readTree(l).path("id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> !s.isEmpty()).toList();
        assertEquals(20, ids.size());
        assertTrue(ids.get(0).endsWith("a.txt#1") && ids.get(19).endsWith("b.txt#10"), ids.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, CliRun.run("audit", tmp + "/*.nothing").exit());
    }

    @Test
    void progressOnlyWhenAskedOrOnATerminal() {
        CliRun quiet = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none");
        assertEquals("", quiet.err(), "stderr is no terminal here: no progress line");
        CliRun shown = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none", "--progress");
        assertTrue(shown.err().contains("已审核"), shown.err());
        assertTrue(shown.err().contains("文件 1/1"), shown.err());
    }
}
