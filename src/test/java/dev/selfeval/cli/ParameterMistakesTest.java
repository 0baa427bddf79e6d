package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mistakes auditors make editing parameters.yaml, each told at its line and column with the fix. */
class ParameterMistakesTest {
    private static final String LINE = "  lowExecution: 90      # 执行率低于此值（%）且全表无偏差原因 → FUND-LOW-UNEXPLAINED";

    private static String check(Path tmp, String line) {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("parameters.yaml"), LINE, line);
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit(), r.out());
        return r.err().replace(rules.toString().replace('\\', '/') + "/", "").lines().findFirst().orElseThrow();
    }

    @Test
    void aPercentSignSaysHowToWriteThePercentage(@TempDir Path tmp) {
        assertEquals("parameters.yaml:32:17: 参数格式错误：「budget.lowExecution」应为数字（百分数写 90，不带 %）",
                check(tmp, "  lowExecution: 90%"));
    }

    @Test
    void aFullWidthColonIsNamed(@TempDir Path tmp) {
        assertEquals("parameters.yaml:32:15: 「lowExecution」后面是全角冒号「：」：请改为半角「:」并在其后空一格，如 lowExecution: …",
                check(tmp, "  lowExecution：90"));
    }

    @Test
    void aTabInTheIndentationIsNamed(@TempDir Path tmp) {
        assertEquals("parameters.yaml:32:1: 第 32 行用制表符（Tab）缩进：YAML 只认空格缩进，请把 Tab 换成空格（与上下行对齐）",
                check(tmp, "\tlowExecution: 90"));
    }

    @Test
    void aMisspeltNameNamesTheClosest(@TempDir Path tmp) {
        assertEquals("parameters.yaml:32:3: 未知字段「lowExecutoin」（在 budget 中）；您是否要写 lowExecution",
                check(tmp, "  lowExecutoin: 90"));
    }

    @Test
    void textOfAnotherKindSaysWhatWasWritten(@TempDir Path tmp) {
        assertEquals("parameters.yaml:32:17: 参数格式错误：「budget.lowExecution」应为数字，写的是「九十」",
                check(tmp, "  lowExecution: 九十"));
    }

    private static final String OWN_RULE = """
            package selfeval.rules;
            import dev.selfeval.model.*;

            rule "指标过少"
                @id("CUSTOM-FEW-INDICATORS") @severity("INFO") @basis("测试：指标少于 custom.minIndicators")
            when
                $f : Form(indicators.size() < params.custom("minIndicators").intValue())
            then
                report.finding(kcontext, Location.section("绩效指标", "三级指标", 0), "指标少于规定", null, null);
            end
            """;

    private static Path ownRule(Path tmp, String custom) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("parameters.yaml"), "custom: {}", custom);
        java.nio.file.Files.writeString(rules.resolve("custom.drl"), OWN_RULE);
        return rules;
    }

    @Test
    void anOwnRuleReadsItsOwnParameterByName(@TempDir Path tmp) throws Exception {
        Path rules = ownRule(tmp, "custom:\n  minIndicators: {value: 9, min: 1, max: 50}");
        CliRun r = CliRun.run("audit", dev.selfeval.support.Fixtures.SEED.toString(), "--rules", rules.toString(),
                "--format", "json", "--fail-on", "none");
        assertEquals(0, r.exit(), r.err());
        var byRule = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).at("/summary/byRule");
        assertEquals(9, byRule.path("CUSTOM-FEW-INDICATORS").asInt(), "nine of the ten seed forms have fewer than 9 indicators: " + byRule);
        Path fewer = ownRule(tmp.resolve("b"), "custom:\n  minIndicators: {value: 1}");
        CliRun none = CliRun.run("audit", dev.selfeval.support.Fixtures.SEED.toString(), "--rules", fewer.toString(),
                "--format", "json", "--fail-on", "none");
        assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(none.out()).at("/summary/byRule")
                .path("CUSTOM-FEW-INDICATORS").asInt());
    }

    @Test
    void aParameterARuleAsksForMustBeThere(@TempDir Path tmp) throws Exception {
        Path rules = ownRule(tmp, "custom:\n  minIndicator: {value: 9}");
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertEquals(rules.resolve("custom.drl").toString().replace('\\', '/') + ":7:50: 参数「minIndicators」不在 parameters.yaml 的 "
                + "custom: 中；您是否要写 minIndicator：请在 custom: 下加上 minIndicators: {value: …, min: …, max: …}",
                r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aParameterOutsideItsRangeIsRefused(@TempDir Path tmp) throws Exception {
        Path rules = ownRule(tmp, "custom:\n  minIndicators: {value: 90, min: 1, max: 50}");
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertTrue(r.err().startsWith(rules.toString().replace('\\', '/') + "/parameters.yaml:"), r.err());
        assertTrue(r.err().contains(": 自定义参数 minIndicators 的值 90 不在 1 到 50 之间\n"), r.err());
    }
}
