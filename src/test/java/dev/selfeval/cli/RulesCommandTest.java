package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `selfeval rules test` runs the same cases as JUnit and agrees with it. */
class RulesCommandTest {

    @Test
    void everyShippedCasePasses() throws Exception {
        long cases;
        try (Stream<Path> s = Files.walk(Path.of("rules/tests"))) {
            cases = s.filter(p -> p.toString().endsWith(".expect.yaml")).count();
        }
        CliRun r = CliRun.run("rules", "test", "--coverage");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\n" + cases + " 个通过，0 个失败\n"), r.out());
        assertTrue(r.out().endsWith("覆盖：每条规则都有用例使其触发\n"), r.out());
        assertTrue(r.out().startsWith("通过  ENGINE-RULE-ERROR/fires  "), r.out());
    }

    @Test
    void oneExpectationServesEachFormBesideIt(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("X"));
        Path cases = Path.of("rules/tests/FUND-RATE");
        Files.copy(cases.resolve("fires-amounts-in-rows.txt"), dir.resolve("x.txt"));
        Files.copy(cases.resolve("fires-amounts-in-rows-xlsx.xlsx"), dir.resolve("x.xlsx"));
        Files.copy(cases.resolve("fires-amounts-in-rows.expect.yaml"), dir.resolve("x.expect.yaml"));
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("通过  X/x  "), r.out());
        assertTrue(lines.get(1).startsWith("通过  X/x（x.xlsx）  "), r.out());
        assertEquals("2 个通过，0 个失败", lines.get(2));
    }

    @Test
    void aCaseMaySetItsOwnThresholds(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("FUND-LOW-UNEXPLAINED"));
        Files.copy(Path.of("rules/tests/FUND-LOW-UNEXPLAINED/fires.txt"), dir.resolve("at-50.txt"));
        Files.copy(Path.of("rules/tests/FUND-LOW-UNEXPLAINED/fires.txt"), dir.resolve("at-61.txt"));
        // the form executed 60% of its budget: quiet under a bureau's 50%, found under 61%
        Files.writeString(dir.resolve("at-50.expect.yaml"), "params:\n  budget: {lowExecution: 50}\nexpect:\n  FUND-LOW-UNEXPLAINED: 0\n");
        Files.writeString(dir.resolve("at-61.expect.yaml"), "params:\n  budget: {lowExecution: 61}\nexpect:\n  FUND-LOW-UNEXPLAINED: 1\n"
                + "findings:\n  - {ruleId: FUND-LOW-UNEXPLAINED, expected: \"61\"}\n");
        Files.writeString(dir.resolve("typo.expect.yaml"), "params:\n  budget: {lowExecutoin: 50}\nexpect:\n  FUND-LOW-UNEXPLAINED: 0\n");
        Files.copy(Path.of("rules/tests/FUND-LOW-UNEXPLAINED/fires.txt"), dir.resolve("typo.txt"));
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals("通过  FUND-LOW-UNEXPLAINED/at-50", lines.get(0));
        assertEquals("通过  FUND-LOW-UNEXPLAINED/at-61", lines.get(1));
        assertEquals("失败  FUND-LOW-UNEXPLAINED/typo", lines.get(2));
        assertTrue(lines.get(3).contains("lowExecutoin"), r.out());
        assertEquals("2 个通过，1 个失败", lines.get(lines.size() - 1));
    }

    @Test
    void aBureauThatChangesItsThresholdsKeepsTheShippedCasesPassing(@TempDir Path tmp) throws Exception {
        Path rules = dev.selfeval.support.Rules.copyWithCases(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        String text = Files.readString(params);
        for (String[] change : new String[][] {{"lowExecution: 90 ", "lowExecution: 99 "}, {"overAchievement: 130 ", "overAchievement: 101 "},
                {"qualitativeHeavy: 50 ", "qualitativeHeavy: 10 "}, {"minCoverage: 90", "minCoverage: 99"},
                {"rate: 0.00 ", "rate: 5 "}, {"score: 0.00 ", "score: 5 "}}) {
            assertTrue(text.contains(change[0]), change[0]);
            text = text.replace(change[0], change[1]);
        }
        Files.writeString(params, text);
        CliRun r = CliRun.run("rules", "test", "--rules", rules.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().endsWith(" 个通过，0 个失败\n"), r.out());
    }

    @Test
    void aFailingCaseShowsWhatTheRulesFoundInstead(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("X"));
        Files.copy(Path.of("rules/tests/FUND-NO-BUDGET/fires.txt"), dir.resolve("case.txt"));
        Files.writeString(dir.resolve("case.expect.yaml"), "expect:\n  FUND-RATE: 1\n");
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit());
        assertEquals("""
                失败  X/case
                      FUND-RATE 应出现 1 次，实际 0 次
                      未触发的原因（selfeval explain --item 的说明）：
                        case.txt#1 预算执行率：后续条件不成立：预算执行率得分（执行率 ≠ 空）
                      本用例实际还得出了用例未提到的发现：
                        FUND-NO-BUDGET  全年预算数为 0，却填报了全年执行数 190,000.00、执行率 95.00%
                0 个通过，1 个失败
                """, r.out());
    }

    @Test
    void aRuleThatDidNotFireOnAnIndicatorSaysWhyOnEach(@TempDir Path tmp) throws Exception {
        Files.copy(Path.of("rules/tests/FUND-NO-BUDGET/fires.txt"), tmp.resolve("case.txt"));
        Files.writeString(tmp.resolve("case.expect.yaml"), "expect:\n  IND-OVER-WEIGHT: 1\n  FORM-GRADE: 1\n");
        List<String> lines = CliRun.run("rules", "test", tmp.toString()).out().lines().toList();
        assertEquals("      IND-OVER-WEIGHT 应出现 1 次，实际 0 次", lines.get(1));
        assertEquals("        case.txt#1 第 1 项指标「助餐服务人次」：条件「得分 > 分值」不成立（得分 20，分值 20）", lines.get(3));
        assertEquals("        ……另有 1 处", lines.get(9));
        assertEquals("      未触发的原因：该规则的条件不落在预算执行率或某项指标上，无法逐条说明；可用 selfeval explain --trace 看这张表上触发了哪些规则",
                lines.get(11));
    }

    @Test
    void aFailingCaseSaysWhatDiffered(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("FUND-RATE");
        Files.createDirectories(dir);
        Files.copy(Path.of("rules/tests/FUND-RATE/fires.txt"), dir.resolve("wrong.txt"));
        Files.writeString(dir.resolve("wrong.expect.yaml"), "expect:\n  FUND-RATE: 2\n");
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit());
        assertTrue(r.out().startsWith("失败  FUND-RATE/wrong\n      FUND-RATE 应出现 2 次，实际 1 次\n"), r.out());
        assertTrue(r.out().endsWith("0 个通过，1 个失败\n"), r.out());
    }

    @Test
    void aCaseExpectingAnUnknownRuleFailsAndNamesTheClosest(@TempDir Path tmp) throws Exception {
        Files.copy(Path.of("rules/tests/FUND-RATE/fires.txt"), tmp.resolve("x.txt"));
        Files.writeString(tmp.resolve("x.expect.yaml"), "expect:\n  FUND-RATEE: 0\n");
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit());
        assertTrue(r.out().startsWith("失败  " + tmp.getFileName() + "/x\n      期望的规则编号「FUND-RATEE」不存在；您是否要写 FUND-RATE（规则编号见 selfeval rules check）\n"), r.out());
    }

    @Test
    void aMalformedCaseIsAFailureWithItsLine(@TempDir Path tmp) throws Exception {
        Files.copy(Path.of("rules/tests/FUND-RATE/fires.txt"), tmp.resolve("x.txt"));
        Files.writeString(tmp.resolve("x.expect.yaml"), "expect:\n  FUND-RATE: 1\nexpects: 2\n");
        CliRun r = CliRun.run("rules", "test", tmp.toString());
        assertEquals(ExitCodes.FINDINGS, r.exit());
        assertTrue(r.out().contains("x.expect.yaml:3:1: 未知字段「expects」（在 用例顶层 中）；您是否要写 expect"), r.out());
    }

    @Test
    void checkListsEveryRule() {
        CliRun r = CliRun.run("rules", "check");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("编号 "), r.out());
        assertTrue(r.out().contains("\nFUND-RATE                  警告      rules/funds.drl:"), r.out());
        assertTrue(r.out().contains("执行率与重算不符 · 自评表模板：执行率 = 全年执行数 ÷ 全年预算数 × 100%，保留两位小数"), r.out());
        assertTrue(r.out().contains("\n规则 50 条（rules，sha256 "), r.out());
    }

    @Test
    void rulesThatExitRunProgramsOrWriteFilesAreRefusedUnlessAllowed(@TempDir Path tmp) throws Exception {
        Path rules = dev.selfeval.support.Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("unsafe.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                rule "危险"
                    @id("TEST-UNSAFE") @severity("INFO") @basis("仅用于测试")
                when
                    Form()
                then
                    // System.exit in a comment is no call
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "y");
                    Runtime.getRuntime().exec("true");
                end
                """.formatted(tmp.resolve("written-by-the-rule").toString().replace('\\', '/')));
        String file = rules.resolve("unsafe.drl").toString();
        String allow = "：审核规则不应做这些事。若这个规则目录来自可信的人且确实需要，请加 --allow-unsafe-rules";
        for (String command : new String[] {"check", "test"}) {
            CliRun r = CliRun.run("rules", command, "--rules", rules.toString());
            assertEquals(ExitCodes.RULES_FAILED, r.exit(), command);
            assertTrue(r.err().startsWith(file + ":9:19: 规则代码「Files.writeString」会写、删或移动文件（Files）" + allow + "\n"), r.err());
            assertTrue(r.err().contains(file + ":10:5: 规则代码「Runtime」会运行外部程序或结束程序（Runtime）" + allow), r.err());
        }
        // allowed, the check runs the rules on the sample forms: the rule does what it says
        assertEquals(0, CliRun.run("rules", "check", "--rules", rules.toString(), "--allow-unsafe-rules").exit());
        assertTrue(Files.exists(tmp.resolve("written-by-the-rule")));
    }
}
