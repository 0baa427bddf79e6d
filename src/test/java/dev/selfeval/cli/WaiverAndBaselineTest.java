package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaiverAndBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = Fixtures.SEED.toString();
    private static final String WAIVERS = "fixtures/waivers/seed.waivers.yaml";

    @Test
    void waivedFindingsStayInTheReportButDoNotCount() throws Exception {
        CliRun r = CliRun.run("audit", SEED, "--format", "json", "--waivers", WAIVERS);
        assertEquals(ExitCodes.OK, r.exit(), "the only ERROR (FUND-OVERSPENT on form 5) is waived: " + r.err());
        JsonNode root = JSON.readTree(r.out());
        JsonNode rate = find(root.at("/forms/2/findings"), "FUND-RATE");
        assertEquals("执行率按财务系统口径填报，与重算差 0.01 个百分点，可接受", rate.at("/waived/reason").asText());
        assertEquals("王审计（审计二科）", rate.at("/waived/approver").asText());
        assertEquals("2099-12-31", rate.at("/waived/expires").asText());
        assertEquals(WAIVERS + ":3", rate.at("/waived/waiver").asText());
        assertTrue(find(root.at("/forms/4/findings"), "FUND-OVERSPENT").has("waived"));
        assertTrue(find(root.at("/forms/5/findings"), "FUND-RATE").get("waived").isNull(), "form 6 is not waived");
        JsonNode s = root.get("summary");
        assertEquals(0, s.at("/findings/ERROR").asInt());
        assertEquals(1, s.at("/waived/ERROR").asInt());
        assertEquals(1, s.at("/waived/WARNING").asInt());
        assertEquals(List.of("WAIVER-EXPIRED", "WAIVER-UNUSED"), ids(root.get("waivers")));
        assertTrue(root.at("/waivers/0/message").asText().contains("已于 2024-03-31 过期"));
        assertTrue(find(root.at("/forms/9/findings"), "FORM-GOAL-MISSING").get("waived").isNull(),
                "an expired waiver waives nothing");
        assertEquals(1, s.at("/byRule/WAIVER-EXPIRED").asInt());
    }

    @Test
    void aWaiverForARuleInADepartmentCoversItsFormsOnly(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("dept.waivers.yaml");
        Files.writeString(file, "waivers:\n  - rule: FUND-LOW-UNEXPLAINED\n    department: 上海市宝山区城市网格化综合管理中心\n"
                + "    reason: 该部门执行率偏低已专项说明\n    approver: 李科长\n    expires: 2099-12-31\n"
                + "  - rule: IND-NOT-MEASURED\n    department: 别的部门\n    reason: r\n    approver: a\n    expires: 2099-12-31\n");
        JsonNode root = JSON.readTree(CliRun.run("audit", SEED, "--format", "json", "--fail-on", "none", "--waivers", file.toString()).out());
        assertEquals(file.toString().replace('\\', '/') + ":2", find(root.at("/forms/5/findings"), "FUND-LOW-UNEXPLAINED").at("/waived/waiver").asText());
        assertTrue(find(root.at("/forms/6/findings"), "FUND-LOW-UNEXPLAINED").has("waived"));
        assertEquals(2, root.at("/summary/waived/WARNING").asInt(), "nothing of the other department's waiver");
        assertTrue(root.at("/waivers/0/message").asText().contains("IND-NOT-MEASURED，别的部门"), root.at("/waivers").toString());
    }

    @Test
    void textShowsTheWaiverReason() {
        CliRun r = CliRun.run("audit", SEED, "--waivers", WAIVERS);
        assertTrue(r.out().contains("  已豁免  FUND-OVERSPENT 执行数超过预算数  项目资金 › 全年执行数（第 106 行）\n"), r.out());
        assertTrue(r.out().contains("        豁免：全年执行数多录一个 0，已由财政局书面更正为 150,000（批准：李科长（预算科），至 2099-12-31，"
                + WAIVERS + ":8）"), r.out());
        assertTrue(r.out().contains("豁免清单"), r.out());
        assertTrue(r.out().contains("· 已豁免 2"), r.out());
    }

    @Test
    void badWaiverFileIsAUsageErrorWithItsLine(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("w.yaml");
        Files.writeString(bad, "waivers:\n  - rule: FUND-RATE\n    form: x#1\n    reason: r\n    approver: a\n    expires: 明年\n");
        CliRun r = CliRun.run("audit", SEED, "--waivers", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(bad + ":2: 第 1 条豁免的 expires「明年」不是 YYYY-MM-DD 格式的日期\n", r.err());
        Files.writeString(bad, "waivers:\n  - rule: FUND-RATE\n    form: x#1\n    reasons: r\n");
        assertEquals(bad + ":4:5: 未知字段「reasons」（在 waivers 中）；您是否要写 reason\n", CliRun.run("audit", SEED, "--waivers", bad.toString()).err());
    }

    @Test
    void everyMistakeOfAWaiverFileIsToldAtOnce(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("w.yaml"), """
                waivers:
                  - rule: FUND-RATE
                    form: x#1
                    expires: 2027-01-01
                  - rule: FUND-RATEE
                    form: "3"
                    reason: 已核实
                    approver: 张三
                """);
        CliRun r = CliRun.run("audit", SEED, "--waivers", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(bad + ":2: 第 1 条豁免缺少 reason（理由）\n"
                + bad + ":2: 第 1 条豁免缺少 approver（批准人）\n"
                + bad + ":5: 第 2 条豁免的规则编号「FUND-RATEE」不存在；您是否要写 FUND-RATE（规则编号见 selfeval rules check）\n"
                + bad + ":5: 第 2 条豁免的 form「3」是表的序号，应写表格编号：文件名加 # 和序号，如 000_01ee96ef31214bdb.txt#3（见报告中每张表的编号）\n"
                + bad + ":5: 第 2 条豁免缺少 expires（到期日，YYYY-MM-DD）\n", r.err());
    }

    @Test
    void baselineTellsNewUnchangedAndResolved(@TempDir Path tmp) throws Exception {
        Path old = tmp.resolve("old.json");
        assertEquals(ExitCodes.FINDINGS, CliRun.run("audit", SEED, "--format", "json", "--out", old.toString()).exit());
        // the resubmitted file: form 3 corrects its rate, form 1 names its implementing unit, form 2 adds a stray row
        String text = Files.readString(Fixtures.SEED);
        String fixed = text.replace("\t79.31%\t", "\t79.30%\t")
                .replace("主管部门\t上海市宝山区城市网格化综合管理中心\t\t\t\t实施单位\t\t\t", "主管部门\t上海市宝山区城市网格化综合管理中心\t\t\t\t实施单位\t某中心\t\t")
                .replace("总分\t\t\t\t\t100\t100\t\n", "（盖章）\n总分\t\t\t\t\t100\t100\t\n");
        Path resubmitted = tmp.resolve("000_01ee96ef31214bdb.txt");
        Files.writeString(resubmitted, fixed);
        CliRun r = CliRun.run("audit", resubmitted.toString(), "--format", "json", "--baseline", old.toString(),
                "--fail-on", "none");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> news = new ArrayList<>();
        int unchanged = 0;
        for (JsonNode form : root.get("forms")) {
            for (JsonNode f : form.get("findings")) {
                if (f.get("baseline").asText().equals("new")) {
                    news.add(form.get("id").asText() + " " + f.get("ruleId").asText());
                } else {
                    assertEquals("unchanged", f.get("baseline").asText());
                    unchanged++;
                }
            }
        }
        assertEquals(List.of("000_01ee96ef31214bdb.txt#2 PARSE-SKIPPED-ROW"), news);
        assertEquals(List.of("FORM-HEADER-MISSING 000_01ee96ef31214bdb.txt#1", "FUND-RATE 000_01ee96ef31214bdb.txt#3"),
                resolved(root.get("resolved")));
        assertEquals(1, root.at("/summary/baseline/new").asInt());
        assertEquals(2, root.at("/summary/baseline/resolved").asInt());
        assertEquals(unchanged + 2, root.at("/summary/baseline/unchanged").asInt(), "and both cross-form findings");
        assertEquals("unchanged", root.at("/crossForm/0/baseline").asText());
    }

    @Test
    void aJsonlReportServesAsBaselineToo(@TempDir Path tmp) throws Exception {
        Path old = tmp.resolve("old.jsonl");
        CliRun.run("audit", SEED, "--format", "jsonl", "--out", old.toString());
        CliRun r = CliRun.run("audit", SEED, "--format", "jsonl", "--baseline", old.toString(), "--fail-on", "none");
        JsonNode summary = JSON.readTree(r.out().lines().reduce((a, b) -> b).orElseThrow()).get("summary");
        assertEquals(0, summary.at("/baseline/new").asInt());
        assertEquals(0, summary.at("/baseline/resolved").asInt());
        assertEquals(38, summary.at("/baseline/unchanged").asInt());
    }

    @Test
    void fingerprintsAreStableAcrossRunsAndLines() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run("audit", SEED, "--format", "json", "--fail-on", "none").out());
        JsonNode b = JSON.readTree(CliRun.run("audit", SEED, "--format", "json", "--fail-on", "none").out());
        assertEquals(a.at("/forms/2/findings/0/fingerprint"), b.at("/forms/2/findings/0/fingerprint"));
        assertEquals(16, a.at("/forms/2/findings/0/fingerprint").asText().length());
        List<String> dup = new ArrayList<>();
        a.at("/forms/1/findings").forEach(f -> dup.add(f.get("fingerprint").asText()));
        assertEquals(dup.size(), dup.stream().distinct().count(), "four IND-DUPLICATE findings, four fingerprints");
    }

    private static JsonNode find(JsonNode findings, String ruleId) {
        for (JsonNode f : findings) {
            if (f.get("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError(ruleId);
    }

    private static List<String> ids(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("ruleId").asText()));
        return out;
    }

    private static List<String> resolved(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("ruleId").asText() + " " + e.get("formId").asText()));
        return out;
    }

    @Test
    void theSeedUnderAnotherFileNameIsTheSameFormsAndAWaiverMayNameAProjectsKeyAndYears(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first.jsonl");
        assertEquals(0, CliRun.run("audit", SEED, "--format", "jsonl", "--fail-on", "none", "--out", first.toString()).exit());
        Path renamed = Files.copy(Path.of(SEED), tmp.resolve("2024年报送.txt"));
        CliRun again = CliRun.run("audit", renamed.toString(), "--baseline", first.toString(), "--fail-on", "none");
        assertTrue(again.out().contains(" · 新增 0 · 原有 38 · 已解决 0 · "), again.out());
        assertTrue(again.out().contains("· 项目标识 上海市宝山区城市网格化综合管理中心/系统及平台运行维护费\n"), again.out());

        Path waivers = tmp.resolve("w.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: FUND-OVERSPENT
                    project: 上海市宝山区城市网格化综合管理中心/系统及平台运行维护费
                    years: [2023]
                    reason: 已书面更正
                    approver: 李科长
                    expires: 2099-12-31
                  - rule: FUND-RATE
                    project: 政府购买服务人员专项经费
                    years: [2022]
                    reason: 只管 2022 年的表
                    approver: 李科长
                    expires: 2099-12-31
                """);
        CliRun w = CliRun.run("audit", SEED, "--waivers", waivers.toString(), "--fail-on", "none");
        assertTrue(w.out().contains("  已豁免  FUND-OVERSPENT 执行数超过预算数  项目资金 › 全年执行数（第 106 行）\n"), w.out());
        assertTrue(w.out().contains("  提示  WAIVER-UNUSED 豁免没有匹配任何发现  豁免 › FUND-RATE（第 8 行）\n"), "2022 only: the 2023 form keeps its finding");
    }

    @Test
    void aBaselineOfOtherRulesNamesTheRulesChangedAndTellsTheirFindingsApart(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first.jsonl");
        assertEquals(0, CliRun.run("audit", SEED, "--format", "jsonl", "--fail-on", "none", "--out", first.toString()).exit());
        Path rules = dev.selfeval.support.Rules.copy(tmp.resolve("rules"));
        dev.selfeval.support.Rules.edit(rules.resolve("funds.drl"), "rule \"执行率与重算不符\"", "rule \"执行率与重算不一致\"");
        CliRun r = CliRun.run("audit", SEED, "--rules", rules.toString(), "--baseline", first.toString(), "--fail-on", "none");
        assertEquals("selfeval: 基线 " + first.toString().replace('\\', '/') + " 之后规则有变：改动 FUND-RATE。这些规则的发现记为「规则有变」，"
                + "不算作表格的新增或已解决\n", r.err());
        assertTrue(r.out().contains(" · 新增 0 · 原有 35 · 已解决 0 · 规则有变 3 · "), r.out());
        assertTrue(r.out().contains("  警告  FUND-RATE 执行率与重算不一致  项目资金 › 执行率（第 61 行）  [规则有变]\n"), r.out());
    }

    @Test
    void aReportFromBeforeEachRulesFingerprintIsComparedAsBefore(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first.json");
        assertEquals(0, CliRun.run("audit", SEED, "--format", "json", "--fail-on", "none", "--out", first.toString()).exit());
        Files.writeString(first, Files.readString(first).replaceFirst("(?s),\\s*\"each\"\\s*:\\s*\\{[^}]*\\}", ""));
        assertTrue(!Files.readString(first).contains("\"each\""));
        CliRun r = CliRun.run("audit", SEED, "--baseline", first.toString(), "--fail-on", "none");
        assertEquals("", r.err(), "no rules named as changed");
        assertTrue(r.out().contains(" · 新增 0 · 原有 38 · 已解决 0 · "), r.out());
    }

    @Test
    void aWaiverForGivenYearsCoversAYearFindingOfThoseYears(@TempDir Path tmp) throws Exception {
        Path waivers = tmp.resolve("w.yaml");
        Files.writeString(waivers, """
                waivers:
                  - rule: YEAR-EXECUTION-FALL
                    project: 上海市宝山区城市网格化综合管理中心/2022年分平台运行维护费
                    years: [2023]
                    reason: 2023 年财政未安排资金，已书面说明
                    approver: 王审计
                    expires: 2099-12-31
                """);
        CliRun r = CliRun.run("audit", "rules/tests/YEAR-EXECUTION-FALL/fires.txt", "--waivers", waivers.toString(), "--fail-on", "none");
        assertTrue(r.out().contains("  已豁免  YEAR-EXECUTION-FALL 执行率较上年大幅下降  跨年 › 执行率\n"), r.out());
        assertTrue(!r.out().contains("WAIVER-UNUSED"), r.out());
    }
}
