package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes auditors make writing a rule (docs/rules.md's walkthrough, typed with a Chinese input
 * method), each told in Chinese at its line and column with the fix, the engine's own message below.
 */
class RuleMistakesTest {
    private static final String RULE = """
            package selfeval.rules;
            import dev.selfeval.model.*;

            rule "成本指标缺失"
                @id("CUSTOM-NO-COST") @severity("WARNING") @basis("测试")
            when
                $f : Form()
                not Indicator(level2 == "成本指标")
            then
                report.finding(kcontext, Location.section("绩效指标", "二级指标", 0), "没有成本指标（测试）", null, null);
            end
            """;

    private static String check(Path tmp, String condition) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("custom.drl"), RULE.replace("not Indicator(level2 == \"成本指标\")", condition));
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit(), r.out());
        return r.err().replace(rules.toString().replace('\\', '/') + "/", "");
    }

    @Test
    void theRuleAsWrittenLoads(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("custom.drl"), RULE);
        assertEquals(0, CliRun.run("rules", "check", "--rules", rules.toString()).exit());
    }

    @Test
    void fullWidthQuotesAreNamedWithTheCharacterToType(@TempDir Path tmp) throws Exception {
        assertEquals("""
                custom.drl:8:29: 全角字符「“」：请改为半角「"」（规则的条件和动作只认半角标点；中文只写在半角引号括起的文字里，如 level2 == "成本指标"）
                    规则引擎原文：no viable alternative at input ''
                    规则引擎原文：no viable alternative at input ''
                custom.drl:8:34: 全角字符「”」：请改为半角「"」（规则的条件和动作只认半角标点；中文只写在半角引号括起的文字里，如 level2 == "成本指标"）
                规则加载失败（2 处错误），未审核任何表格
                """, check(tmp, "not Indicator(level2 == “成本指标”)"));
    }

    @Test
    void aFullWidthBracketIsNamed(@TempDir Path tmp) throws Exception {
        String err = check(tmp, "not Indicator（level2 == \"成本指标\")");
        assertEquals("custom.drl:8:18: 全角字符「（」：请改为半角「(」（规则的条件和动作只认半角标点；中文只写在半角引号括起的文字里，如 level2 == \"成本指标\"）",
                err.lines().findFirst().orElseThrow());
    }

    @Test
    void aMisspeltFieldNamesTheClosestFactField(@TempDir Path tmp) throws Exception {
        String err = check(tmp, "not Indicator(levle2 == \"成本指标\")");
        assertEquals("custom.drl:8:9: Indicator 没有字段「levle2」（规则「成本指标缺失」）；您是否要写 level2（Indicator 的字段：index、level1、"
                + "level2、name、target、actual、weight、score、reason、line、targetMeasure、actualMeasure、identity；见 docs/rules.md 的事实模型）",
                err.lines().findFirst().orElseThrow());
        assertEquals("    规则引擎原文：Unable to Analyse Expression levle2 == \"成本指标\": [Error: unable to resolve method using "
                + "strict-mode: dev.selfeval.model.Indicator.levle2()] [Near : {... levle2 == \"成本指标\" ....}] ^ [Line: 8, Column: 8] "
                + "(rule \"成本指标缺失\")", err.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aMissingBracketSaysWhichRuleAndWhere(@TempDir Path tmp) throws Exception {
        assertEquals("""
                custom.drl:9:1: 条件少了 1 个「)」（规则「成本指标缺失」）：括号没有配对，请在「then」之前补上
                    规则引擎原文：mismatched input 'then' in rule "成本指标缺失"
                规则加载失败（1 处错误），未审核任何表格
                """, check(tmp, "not Indicator(level2 == \"成本指标\""));
    }

    @Test
    void aRuleFileDeletedShowsAsTheCasesItBreaks(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copyWithCases(tmp.resolve("rules"));
        long cases;
        try (java.util.stream.Stream<Path> s = Files.walk(rules.resolve("tests"))) {
            cases = s.filter(p -> p.toString().endsWith(".expect.yaml")).count();
        }
        CliRun whole = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(0, whole.exit(), whole.err());
        assertTrue(whole.out().strip().endsWith("；规则测试用例 " + cases + " 个全部通过"), whole.out());

        Files.delete(rules.resolve("scoring.drl"));
        CliRun noScoring = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, noScoring.exit());
        assertTrue(noScoring.err().startsWith("规则测试用例 " + cases + " 个中有 28 个失败（逐个细看：selfeval rules test --rules " + rules + "）："),
                noScoring.err());
        assertTrue(noScoring.err().contains("\n  FUND-RATE/fires：FUND-RATE 应出现 1 次，实际 0 次"), noScoring.err());
    }

    @Test
    void aTemplateDeletedOrWithAColumnMistypedIsNamedWithWhatEachTemplateReads(@TempDir Path tmp) throws Exception {
        Path noNational = Rules.copy(tmp.resolve("rules"));
        Files.delete(noNational.resolve("templates/national.yaml"));
        CliRun r = CliRun.run("rules", "check", "--rules", noNational.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals(noNational + ": 内置示例表（全国通用表式的 10 张真实表）有 10 张没有完全读懂，如 示例表#1「区域运中心视频会商系统」："
                + "按表式「北京2016」读懂率 91.18%。这通常是模板改错或删掉了：", lines.get(0));
        assertEquals("  按表式「北京2016」（" + noNational + "/templates/province-beijing-2016.yaml）：读懂率 91.18%", lines.get(1));

        Path mistyped = Rules.copy(tmp.resolve("rules2"));
        Path national = mistyped.resolve("templates/national.yaml");
        Files.writeString(national, Files.readString(national).replace("actual: [实际完成值, 完成值, 全年完成值, 全年实际值]", "actual: [实际达成值]"));
        CliRun m = CliRun.run("rules", "check", "--rules", mistyped.toString());
        assertEquals(ExitCodes.RULES_FAILED, m.exit());
        assertTrue(m.err().contains("\n  按表式「全国通用」（" + national + "）：读懂率 41.18%；表格不完整：从第 3 行读到第 28 行，按表式「全国通用」未找到绩效指标表"
                + "（第 14 行有三级指标栏，像是绩效指标表的表头，但按模板 " + national + " 找不到 indicators.columns.actual（实际达成值） 所写的栏目；"
                + "读到的表头：绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施。"), m.err());
    }

    @Test
    void aRuleWithoutItsEndIsNamed(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        String second = RULE.substring(RULE.indexOf("rule ")).replace("成本指标缺失", "另一条").replace("CUSTOM-NO-COST", "CUSTOM-OTHER");
        Files.writeString(rules.resolve("custom.drl"), RULE.replace("end\n", "\n") + "\n" + second);
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertEquals("""
                custom.drl:4:1: 「rule "成本指标缺失"」缺少 end：请在第 13 行的下一条之前加上一行 end
                    规则引擎原文：mismatched input 'report' in rule "成本指标缺失"
                规则加载失败（1 处错误），未审核任何表格
                """, r.err().replace(rules.toString().replace('\\', '/') + "/", ""));
    }

    @Test
    void twoRulesOfOneNameAreToldApartByLine(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        String second = RULE.substring(RULE.indexOf("rule ")).replace("CUSTOM-NO-COST", "CUSTOM-OTHER");
        Files.writeString(rules.resolve("custom.drl"), RULE + "\n" + second);
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        String dir = rules.toString().replace('\\', '/') + "/";
        assertEquals(dir + "custom.drl:13: 规则名称「成本指标缺失」与 " + dir + "custom.drl:4 的规则重名：同一个 package 中的规则名称须各不相同，"
                + "请改其中一条的名称\n规则加载失败（1 处错误），未审核任何表格\n", r.err());
    }

    @Test
    void aTextFieldComparedWithANumberIsNamedWithTheFieldToUse(@TempDir Path tmp) throws Exception {
        assertEquals("custom.drl:8:15: 规则「成本指标缺失」的条件 actual > 90 把文字字段 actual（Indicator.actual，文字）与数字比较，"
                + "永远不成立，规则不会触发；要按数值比较，请用 actualMeasure.number；要按文字比较，请给数字加引号\n"
                + "规则加载失败（1 处错误），未审核任何表格\n", check(tmp, "Indicator(actual > 90)"));
        assertEquals("custom.drl:8:40: 规则「成本指标缺失」的条件 90 <= target 把文字字段 target（Indicator.target，文字）与数字比较，"
                + "永远不成立，规则不会触发；要按数值比较，请用 targetMeasure.number；要按文字比较，请给数字加引号\n"
                + "规则加载失败（1 处错误），未审核任何表格\n",
                check(tmp.resolve("b"), "$l : List() from collect(Indicator(90 <= target))"));
    }
}
