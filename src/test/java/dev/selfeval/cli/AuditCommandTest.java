package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final String SEED = Fixtures.SEED.toString();
    private static final String CLEAN = "rules/tests/FUND-RATE/quiet.txt";

    @Test
    void textReportGroupsFindingsByFormWithASummaryLine() {
        CliRun r = CliRun.run("audit", SEED);
        assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
        assertTrue(r.out().contains("000_01ee96ef31214bdb.txt#3  政府购买服务人员专项经费\n"), r.out());
        assertTrue(r.out().contains("  警告  FUND-RATE 执行率与重算不符  项目资金 › 执行率（第 61 行）\n"
                + "        执行率填报 79.31%，按 全年执行数 916,392.88 ÷ 全年预算数 1,155,600.00 重算为 79.30%\n"), r.out());
        assertTrue(r.out().contains("总分 填报 97.93 · 重算 97.93 · 等级 优"), r.out());
        assertTrue(r.out().contains("1 个文件 · 10 张表 · 错误 1 · 警告 33 · 提示 4 · 规则 "), r.out());
        assertTrue(r.out().contains("跨表发现\n  警告  SWEEP-SAME-INDICATORS 不同项目使用相同的指标表  跨表 › 绩效指标\n"
                + "        2 张不同项目的表使用相同的指标表（三级指标与年度指标值相同）：000_01ee96ef31214bdb.txt#1「区域运中心视频会商系统」、"
                + "000_01ee96ef31214bdb.txt#5「系统及平台运行维护费」\n"), r.out());
        assertTrue(!r.out().contains("\u001b["), "no colour when not on a terminal");
    }

    @Test
    void theShippedSeedFolderIsTheTenFormsOnce() {
        CliRun r = CliRun.run("audit", "fixtures/seed", "--fail-on", "none");
        assertTrue(r.out().contains("1 个文件 · 10 张表 · 错误 1 · 警告 33 · 提示 4 · "), r.out());
    }

    @Test
    void aFileThatDoesNotExistIsAUsageErrorNamingIt() {
        CliRun r = CliRun.run("audit", "nonexist.xlsx");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("selfeval audit: 没有这个文件或文件夹：nonexist.xlsx（请检查路径和文件名；文件名中有空格时加引号）\n", r.err());
        assertEquals("", r.out());
    }

    /** A folder holding the samples in every format is one sweep: every file read, each finding at its place. */
    @Test
    void everyFormatInOneFolder() throws Exception {
        CliRun r = CliRun.run("audit", "--format", "json", "--fail-on", "none", "fixtures/samples");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(5, root.at("/summary/files").asInt());
        assertEquals(50, root.at("/summary/forms").asInt());
        assertEquals(0, root.at("/summary/unreadable").asInt());
        java.util.Map<String, String> rates = new java.util.TreeMap<>();
        for (JsonNode form : root.get("forms")) {
            for (JsonNode f : form.get("findings")) {
                if (f.get("ruleId").asText().equals("FUND-RATE") && form.get("projectName").asText().equals("政府购买服务人员专项经费")) {
                    rates.put(form.get("id").asText(), f.at("/source/place").asText(f.at("/source/line").asText()));
                }
            }
        }
        assertEquals(java.util.Map.of("samples/seed-forms.docx#3", "表 3 第 4 行 第 8 列",
                "samples/seed-forms.pdf#3", "第 3 页 第 6 行 第 7 列", "samples/seed-forms.xls#3", "3-政府购买服务人员专项经费!H6",
                "samples/seed-forms.xlsx#3", "3-政府购买服务人员专项经费!H6", "samples/seed-kangxi.txt#3", "61"), rates);
    }

    @Test
    void jsonReportHasTheAgreedKeysAndNumbers() throws Exception {
        CliRun r = CliRun.run("audit", "--format", "json", SEED);
        JsonNode root = JSON.readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("rules", root.at("/rules/dir").asText());
        assertEquals(Rules.shipped().rules().size(), root.at("/rules/count").asInt());
        assertEquals(Rules.shipped().fingerprint(), root.at("/rules/fingerprint").asText());
        assertEquals(10, root.get("forms").size());
        JsonNode f3 = root.get("forms").get(2);
        assertEquals("000_01ee96ef31214bdb.txt#3", f3.get("id").asText());
        assertEquals("fixtures/seed/000_01ee96ef31214bdb.txt", f3.at("/source/file").asText());
        assertEquals(56, f3.at("/source/line").asInt());
        assertEquals("政府购买服务人员专项经费", f3.get("projectName").asText());
        assertEquals("上海市宝山区城市网格化综合管理中心", f3.get("department").asText());
        assertEquals(2023, f3.get("year").asInt());
        assertTrue(f3.at("/score/stated").isNumber());
        assertEquals("97.93", f3.at("/score/stated").decimalValue().toPlainString());
        assertEquals("97.93", f3.at("/score/recomputed").decimalValue().toPlainString());
        assertEquals("优", f3.at("/score/grade").asText());
        JsonNode rate = f3.get("findings").get(0);
        assertEquals("FUND-RATE", rate.get("ruleId").asText());
        assertEquals("WARNING", rate.get("severity").asText());
        assertEquals("项目资金", rate.at("/location/section").asText());
        assertEquals("执行率", rate.at("/location/field").asText());
        assertEquals(61, rate.at("/location/line").asInt());
        assertTrue(rate.get("expected").isNumber());
        assertEquals("79.30", rate.get("expected").decimalValue().toPlainString());
        assertEquals("79.31", rate.get("actual").decimalValue().toPlainString());
        assertEquals("rules/funds.drl", rate.at("/rule/file").asText());
        assertTrue(rate.at("/rule/line").asInt() > 0);
        assertTrue(rate.get("basis").asText().contains("执行率"));
        assertEquals(1, root.at("/summary/files").asInt());
        assertEquals(10, root.at("/summary/forms").asInt());
        assertEquals(0, root.at("/summary/unreadable").asInt());
        assertEquals(1, root.at("/summary/findings/ERROR").asInt());
        assertEquals(33, root.at("/summary/findings/WARNING").asInt());
        assertEquals(2, root.get("crossForm").size());
        assertEquals("SWEEP-SAME-INDICATORS", root.at("/crossForm/1/ruleId").asText());
        assertEquals("[\"000_01ee96ef31214bdb.txt#4\",\"000_01ee96ef31214bdb.txt#9\"]", root.at("/crossForm/1/forms").toString());
        assertEquals(2, root.at("/summary/byRule/SWEEP-SAME-INDICATORS").asInt());
        assertEquals("上海市宝山区城市网格化综合管理中心", root.at("/summary/departments/0/name").asText());
        assertEquals(1, root.at("/summary/departments/0/errors").asInt());
        assertEquals(9, root.at("/summary/departments/0/forms").asInt());
        assertEquals(4, root.at("/summary/findings/INFO").asInt());
        assertEquals(8, root.at("/summary/grades/优").asInt());
        assertEquals(2, root.at("/summary/grades/差").asInt());
        assertEquals("差", root.get("forms").get(9).at("/score/grade").asText());
    }

    @Test
    void failOnDecidesTheExitCode() {
        assertEquals(ExitCodes.FINDINGS, CliRun.run("audit", SEED).exit());
        assertEquals(ExitCodes.OK, CliRun.run("audit", "--fail-on", "none", SEED).exit());
        assertEquals(ExitCodes.FINDINGS, CliRun.run("audit", "--fail-on", "warning", "rules/tests/FUND-RATE/fires.txt").exit());
        assertEquals(ExitCodes.OK, CliRun.run("audit", "rules/tests/FUND-RATE/fires.txt").exit());
        assertEquals(ExitCodes.OK, CliRun.run("audit", "--fail-on", "warning", CLEAN).exit());
        assertEquals(ExitCodes.USAGE, CliRun.run("audit", "--fail-on", "sometimes", SEED).exit());
        assertEquals(ExitCodes.USAGE, CliRun.run("audit", "--format", "pdf", SEED).exit());
    }

    @Test
    void unreadableFileIsAFindingAndExit3(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.run("audit", "--format", "json", "--out", tmp.resolve("r.json").toString(),
                Fixtures.HOSTILE.resolve("empty.txt").toString(), CLEAN);
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit(), r.err());
        JsonNode root = JSON.readTree(tmp.resolve("r.json").toFile());
        JsonNode empty = root.get("forms").get(0);
        assertEquals("empty.txt", empty.get("id").asText());
        assertTrue(empty.get("unreadable").asBoolean());
        assertEquals("PARSE-UNREADABLE", empty.at("/findings/0/ruleId").asText());
        assertEquals("无法读取 fixtures/hostile/empty.txt: 文件为空", empty.at("/findings/0/message").asText());
        assertEquals(2, root.at("/summary/files").asInt());
        assertEquals(1, root.at("/summary/forms").asInt());
        assertEquals(1, root.at("/summary/unreadable").asInt());
        assertEquals("文件为空", root.at("/summary/unreadableFiles/0/reason").asText());
    }

    @Test
    void brokenRulesExit4WithFileLineAndColumn(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package selfeval.rules;\nrule \"坏\"\n  @id(\"X\") @severity(\"INFO\") @basis(\"b\")\nwhen\n  Form(\nthen\nend\n");
        CliRun r = CliRun.run("audit", "--rules", rules.toString(), SEED);
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(rules + "/broken.drl:") + "\\d+:\\d+: .*"), r.err());
        assertTrue(r.err().contains("规则加载失败"), r.err());
        assertEquals("", r.out());
    }
}
