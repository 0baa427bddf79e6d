package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {
    private static final String SEED = Fixtures.SEED.toString();

    @Test
    void ledgerTableForOneForm() {
        CliRun r = CliRun.run("explain", SEED, "--form", "3");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("000_01ee96ef31214bdb.txt#3  政府购买服务人员专项经费（fixtures/seed/000_01ee96ef31214bdb.txt:56）"), out);
        assertTrue(out.contains("    0  预算执行率              10    7.93    7.93    2.07    0.00  SCORE-BUDGET rules/scoring.drl:"), out);
        assertTrue(out.contains("       计算  执行率 79.30%；10 × min(916,392.88 ÷ 1,155,600.00, 1) = 7.93\n"), out);
        assertTrue(out.contains("       合计                   100   97.93   97.93    2.07    0.00\n"), out);
        assertTrue(out.contains("各项重算得分之和 97.93 = 重算总分，平衡"), out);
        assertTrue(!out.contains("#7"), "--form 3 is form 3 only, not every name with a 3 in it");
    }

    @Test
    void aFormReadInPartIsNotReconciledWithItsTotal() {
        CliRun r = CliRun.run("explain", "fixtures/provinces/yunnan-shidian-2019.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n  对账  填报总分 71.70；绩效指标未读全，各项得分之和只是已读出的部分，不与总分对账\n"
                + "        重算总分 — = — · 等级 —\n        各项重算得分之和 53.19，未重算总分\n"), r.out());
    }

    @Test
    void formByNamePart() {
        CliRun r = CliRun.run("explain", SEED, "--form", "城运着装");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("000_01ee96ef31214bdb.txt#10  城运着装更换"), r.out());
        assertEquals(ExitCodes.USAGE, CliRun.run("explain", SEED, "--form", "不存在的项目").exit());
    }

    @Test
    void itemListsTheRulesThatDidNotFireAndWhy() {
        CliRun r = CliRun.run("explain", SEED, "--form", "3", "--item", "工作人员配备数量");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("  触发的规则（本项）\n    SCORE-REVERSE 反向定量指标得分\n    IND-REASON-NO-DEDUCTION 有偏差原因却得满分\n"), out);
        assertTrue(out.contains("    IND-DEDUCTION-UNEXPLAINED 扣分未说明原因：未触发 —— 条件「得分 < 分值」不成立（得分 10，分值 10）\n"), out);
        assertTrue(out.contains("    IND-MISSED-FULL-SCORE 未达目标却得满分：未触发 —— 条件「达到目标 = 否」不成立（达到目标 是）\n"), out);
        assertTrue(out.contains("    IND-ZERO-SPEND-OUTPUT 资金未支出却有指标得分：未触发 —— 前提条件不成立："), out);
        assertTrue(!out.contains("工作人员到岗率"), "only the asked item");
    }

    @Test
    void budgetItem() {
        CliRun r = CliRun.run("explain", SEED, "--form", "3", "--item", "预算");
        assertTrue(r.out().contains("    FUND-OVERSPENT 执行数超过预算数：未触发"), r.out());
        assertTrue(r.out().contains("    FUND-RATE 执行率与重算不符"), r.out());
    }

    /**
     * A value bound inside {@code not ( … )} is named by the fact and field it was bound to, and a
     * pattern's argument that only binds a field says nothing of its own.
     */
    @Test
    void aValueBoundInsideNotIsNamedByItsFactAndField() {
        CliRun r = CliRun.run("explain", "rules/tests/FORM-TOTAL/quiet-hidden-indicator-row.xlsx", "--item", "预算");
        assertTrue(r.out().contains("    FORM-TOTAL 总分与各项得分之和不符：未触发 —— 前提条件不成立："
                + "没有(读表问题（问题编号 = \"PARSE-HIDDEN\"） 且 指标（行号 = 前面条件中读表问题的行号）)；"), r.out());
    }

    /**
     * Every condition is worded in Chinese by rules/wording.yaml, calls and eval(...) too; a parameter
     * is named with the value it has in parameters.yaml.
     */
    @Test
    void conditionsAreWordedInChineseWithTheParametersValues() {
        CliRun r = CliRun.run("explain", SEED, "--form", "8", "--item", "预算");
        assertTrue(r.out().contains("    FUND-LOW-UNEXPLAINED 执行率偏低且无说明：未触发 —— 后续条件不成立："
                + "预算执行率得分（执行率 ≠ 空，执行率 大于 0，执行率 < 参数 执行率偏低界限（90））\n"), r.out());
        assertTrue(r.out().contains("    FORM-WEIGHT-TOTAL 分值合计不等于总分：未触发 —— 后续条件不成立：指标分值合计 ≠ 空 且 预算执行率分值 + 指标分值合计 ≠ 参数 总分（100）\n"),
                r.out());
        assertTrue(r.out().contains("    FUND-ADJUSTED 全年预算数经过调整：未触发 —— 条件「年初预算数 不等于 全年预算数」不成立（年初预算数 1830000，全年预算数 1830000）\n"), r.out());
        assertTrue(r.out().contains("    FUND-SCORE 预算执行率得分与重算不符：未触发 —— 后续条件不成立：填报的预算执行率得分 与 重算的预算执行率得分 "
                + "相差超过 参数 得分允许误差（0）\n"), "fields read through variables are named by their fact: " + r.out());
        r = CliRun.run("explain", SEED, "--form", "8", "--item", "1");
        assertTrue(r.out().contains("一级指标 ≠ 参数 满意度的一级指标名（满意度指标）"), r.out());
        assertTrue(r.out().contains("条件「三级指标是模板占位文字 或 年度指标值是模板占位文字 或 实际完成值是模板占位文字"), r.out());
    }

    @Test
    void aValueBoundEarlierIsNamedByItsFactAndFieldAndTheBudgetLinesValuesAreShown() {
        CliRun r = CliRun.run("explain", SEED, "--form", "1", "--item", "1");
        assertTrue(r.out().contains("    IND-DUPLICATE 指标重复：未触发 —— 后续条件不成立：指标（序号 > 前面条件中指标的序号，"
                + "一级、二级、三级指标 = 前面条件中指标的一级、二级、三级指标，不是整行未填写的模板行）\n"), r.out());
        CliRun budget = CliRun.run("explain", SEED, "--form", "1", "--item", "预算");
        assertTrue(budget.out().contains("    FUND-NO-BUDGET 无预算却有执行或执行率：未触发 —— 条件「全年预算数 = 空 或 全年预算数 为 0」不成立"
                + "（全年预算数 928050）\n"), budget.out());
    }

    @Test
    void anAuditorsOwnRuleIsExplainedWithItsOwnParametersValue(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path rules = dev.selfeval.support.Rules.copy(tmp.resolve("rules"));
        java.nio.file.Path params = rules.resolve("parameters.yaml");
        java.nio.file.Files.writeString(params, java.nio.file.Files.readString(params)
                .replace("custom: {}", "custom:\n  lowRate: {value: 95, description: 本局执行率界限}"));
        java.nio.file.Files.writeString(rules.resolve("local.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                global dev.selfeval.engine.Report report;
                global dev.selfeval.engine.Params params;
                rule "执行率低于本局界限"
                    @id("LOCAL-LOW") @severity("WARNING") @basis("本局要求")
                when
                    $t : FundLine(kind == FundKind.TOTAL, params.percent(executed, annualBudget) < params.custom("lowRate"))
                then
                    report.finding(kcontext, Location.fund("执行率", $t.line()), "执行率低于本局界限");
                end
                """);
        CliRun r = CliRun.run("explain", SEED, "--rules", rules.toString(), "--form", "1", "--item", "预算");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("    LOCAL-LOW 执行率低于本局界限：未触发 —— 条件「全年执行数 ÷ 全年预算数 × 100（舍入后的百分数） "
                + "< 自定义参数 lowRate（95）」不成立（全年执行数 928050，全年预算数 928050）\n"), r.out());
    }

    @Test
    void aWorkbooksTraceNamesTheSheetsRowsAndNoEngineFact() {
        CliRun r = CliRun.run("explain", "fixtures/samples/seed-forms.xlsx", "--form", "3", "--trace");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("      1  SCORE-BUDGET 预算执行率得分  ← 表格 seed-forms.xlsx#3，资金行「年度资金总额」(3-政府购买服务人员专项经费 第 6 行)\n"),
                r.out());
        assertTrue(r.out().contains("← 指标#1「工作人员配备数量」(3-政府购买服务人员专项经费 第 13 行)"), r.out());
        assertTrue(!r.out().contains("InitialFact"), r.out());
    }

    @Test
    void severalFilesGoToOneOutput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("explain.txt");
        CliRun r = CliRun.run("explain", SEED, "rules/tests/FUND-RATE/quiet.txt", "--form", "1", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("结果已写到 " + out + "\n", r.err());
        java.util.List<String> heads = java.nio.file.Files.readAllLines(out).stream().filter(l -> l.matches("^\\S+\\.txt#1 .*")).toList();
        assertEquals(java.util.List.of("000_01ee96ef31214bdb.txt#1  区域运中心视频会商系统（fixtures/seed/000_01ee96ef31214bdb.txt:3）",
                "quiet.txt#1  社区老年助餐服务补贴（rules/tests/FUND-RATE/quiet.txt:1）"), heads);
    }

    @Test
    void theOutputMayNotBeAnInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path form = java.nio.file.Files.copy(java.nio.file.Path.of(SEED), tmp.resolve("forms.txt"));
        CliRun r = CliRun.run("explain", form.toString(), "--out", form.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().startsWith("selfeval explain: --out " + form + "：是要审核的输入文件之一"), r.err());
        assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of(SEED)), java.nio.file.Files.readString(form), "the form kept");
    }

    @Test
    void traceListsEveryFiringInOrderWithItsFacts() throws Exception {
        CliRun r = CliRun.run("explain", SEED, "--form", "3", "--trace", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode form = new ObjectMapper().readTree(r.out()).get("forms").get(0);
        List<String> order = new ArrayList<>();
        for (JsonNode f : form.get("trace")) {
            order.add(f.get("order").asInt() + " " + f.get("ruleId").asText());
        }
        assertEquals(List.of("1 SCORE-BUDGET", "2 SCORE-POSITIVE", "3 SCORE-POSITIVE", "4 SCORE-REVERSE",
                "5 SCORE-QUALITATIVE", "6 SCORE-QUALITATIVE", "7 SCORE-TOTAL", "8 FUND-RATE", "9 IND-REASON-NO-DEDUCTION"), order);
        assertEquals("指标#1「工作人员配备数量」(第 68 行)", form.at("/trace/8/facts/0").asText());
        assertEquals(6, form.get("ledger").size());
        assertEquals("2.07", form.at("/ledger/0/deducted").decimalValue().toPlainString());
        assertTrue(form.at("/reconciliation/reconciles").asBoolean());
    }

    @Test
    void auditJsonCarriesTheLedger() throws Exception {
        CliRun r = CliRun.run("audit", "--format", "json", "--fail-on", "none", SEED);
        JsonNode f5 = new ObjectMapper().readTree(r.out()).get("forms").get(4);
        assertEquals(9, f5.get("ledger").size());
        assertEquals("FUND-OVERSPENT", f5.at("/ledger/0/findings/0").asText());
        assertTrue(f5.at("/ledger/0/formula").asText().contains("按 100% 计"));
        assertEquals("SCORE-BUDGET", f5.at("/ledger/0/rule/id").asText());
        assertTrue(f5.at("/reconciliation/reconciles").asBoolean());
    }

    @Test
    void htmlIsTheReportPageOfTheChosenForm() {
        CliRun r = CliRun.run("explain", SEED, "--form", "5", "--format", "html");
        assertEquals(0, r.exit(), r.err());
        java.util.List<String> forms = dev.selfeval.support.HtmlPages.sections(r.out());
        assertEquals(1, forms.size());
        assertTrue(forms.get(0).contains("<span class=\"form-id\">000_01ee96ef31214bdb.txt#5</span> 系统及平台运行维护费"), forms.get(0));
        assertTrue(forms.get(0).contains("data-rule=\"FUND-OVERSPENT\""));
        assertTrue(r.out().contains("<b id=\"form-count\">1</b>"));
    }

    @Test
    void everyWhyNotLineOfTheSeedIsInChinese() {
        java.util.regex.Pattern latin = java.util.regex.Pattern.compile("[A-Za-z]{3,}");
        for (String item : new String[] {"预算", "1", "3", "5", "8"}) {
            CliRun r = CliRun.run("explain", SEED, "--item", item);
            r.out().lines().filter(l -> l.contains("未触发 ——")).forEach(l -> {
                // the rule's id and the form's own values (in the last brackets) aside
                String words = l.strip().replaceFirst("^[A-Z0-9-]+ ", "").replaceFirst("不成立（[^（]*）$", "不成立");
                assertTrue(!latin.matcher(words).find(), "--item " + item + ": " + l);
            });
        }
    }
}
