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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule that throws an Error or never returns costs the form it runs on, never the run. Rules stuck in
 * a Java loop are in {@link RunawayRulesIT}: their threads cannot be stopped and spin until the process
 * ends, so they run in a process of their own.
 */
class RuleFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule firing on form 6 of the seed (城管通服务费) only, with the given consequence. */
    static Path rulesWith(Path tmp, String consequence) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("fault.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                rule "测试：出错的规则"
                    @id("TEST-FAULT") @severity("INFO") @basis("仅用于测试")
                when
                    $f : Form(header.projectName == "城管通服务费")
                then
                %s
                end
                """.formatted(consequence));
        return rules;
    }

    /** Findings of each form by id, as "RULE:message". */
    private static Map<String, List<String>> audit(Path rules, Path out, String... extra) throws Exception {
        CliRun r = CliRun.run(auditArgs(rules, out, extra));
        assertEquals(0, r.exit(), r.err());
        return byForm(out);
    }

    /** The audit of the seed with these rules, as JSONL into {@code out}. */
    static String[] auditArgs(Path rules, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", Fixtures.SEED.toAbsolutePath().toString(), "--rules", rules.toString(),
                "--format", "jsonl", "--fail-on", "none", "--out", out.toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** A JSONL report's findings of each form by id, as "RULE:message". */
    static Map<String, List<String>> byForm(Path out) throws Exception {
        Map<String, List<String>> byForm = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out);
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id")) {
                List<String> ids = new ArrayList<>();
                n.get("findings").forEach(f -> ids.add(f.get("ruleId").asText() + ":" + f.get("message").asText()));
                byForm.put(n.get("id").asText(), ids);
            }
        }
        assertTrue(lines.get(lines.size() - 1).contains("\"summary\""), "the run ends with its summary");
        return byForm;
    }

    static void onlyFormSixHasEngineErrors(Map<String, List<String>> byForm) {
        assertEquals(10, byForm.size());
        byForm.forEach((id, findings) -> assertEquals(id.endsWith("#6"),
                findings.stream().anyMatch(s -> s.startsWith("ENGINE-RULE-ERROR")), id + " " + findings));
        assertTrue(byForm.get("000_01ee96ef31214bdb.txt#7").stream().anyMatch(s -> s.startsWith("FUND-LOW-UNEXPLAINED:")),
                "the next form is audited normally");
    }

    @Test
    void anAssertionErrorCostsItsFormOnlyThatRuleAndNamesTheRule(@TempDir Path tmp) throws Exception {
        Map<String, List<String>> byForm = audit(rulesWith(tmp, "throw new AssertionError(\"坏了\");"), tmp.resolve("r.jsonl"));
        onlyFormSixHasEngineErrors(byForm);
        List<String> six = new ArrayList<>(byForm.get("000_01ee96ef31214bdb.txt#6"));
        assertTrue(six.remove("ENGINE-RULE-ERROR:规则「测试：出错的规则」（TEST-FAULT）在本表上运行出错："
                + "AssertionError: 坏了（" + tmp.resolve("rules/fault.drl") + ":3）；本表上该规则的结果缺失，其余规则照常审核"), six.toString());
        assertEquals(audit(Rules.DIR, tmp.resolve("shipped.jsonl")).get("000_01ee96ef31214bdb.txt#6"), six,
                "the other rules' findings on the form are those of the shipped rules");
    }

    @Test
    void aStackOverflowCostsOnlyItsForm(@TempDir Path tmp) throws Exception {
        Map<String, List<String>> byForm = audit(rulesWith(tmp, "java.util.function.IntUnaryOperator[] f = new java.util.function.IntUnaryOperator[1];\n"
                + "f[0] = n -> f[0].applyAsInt(n + 1) + 1;\nf[0].applyAsInt(0);"), tmp.resolve("r.jsonl"));
        onlyFormSixHasEngineErrors(byForm);
    }

    @Test
    void aRunawayFormIsHaltedAndTheSweepGoesOn(@TempDir Path tmp) throws Exception {
        Map<String, List<String>> byForm = audit(rulesWith(tmp, "update($f);"), tmp.resolve("r.jsonl"),
                "--form-timeout", "0.5", "--threads", "1");
        onlyFormSixHasEngineErrors(byForm);
        assertTrue(byForm.get("000_01ee96ef31214bdb.txt#6").stream()
                .anyMatch(s -> s.startsWith("ENGINE-RULE-ERROR:本表的规则运行出错：规则运行超过每表时限 0.5 秒")), byForm.toString());
    }

    @Test
    void aRuleThatThrowsAgainAndAgainIsLeftOutOfItsForm(@TempDir Path tmp) throws Exception {
        // it re-activates itself before it throws: without a bound, a new error fact each time until the time limit
        Map<String, List<String>> byForm = audit(rulesWith(tmp, "update($f);\nthrow new IllegalStateException(\"又坏了\");"),
                tmp.resolve("r.jsonl"), "--form-timeout", "60");
        onlyFormSixHasEngineErrors(byForm);
        List<String> six = new ArrayList<>(byForm.get("000_01ee96ef31214bdb.txt#6"));
        assertTrue(six.remove("ENGINE-RULE-ERROR:规则「测试：出错的规则」（TEST-FAULT）在本表上运行出错："
                + "IllegalStateException: 又坏了（" + tmp.resolve("rules/fault.drl") + ":3）；本表上该规则的结果缺失，其余规则照常审核"), six.toString());
        assertEquals(audit(Rules.DIR, tmp.resolve("shipped.jsonl")).get("000_01ee96ef31214bdb.txt#6"), six);
    }

    /** The shipped rules with IND-OVER-WEIGHT's condition comparing a number with a text: it throws on every form. */
    private static Path rulesWithATypeErrorInACondition(Path tmp) {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("indicators.drl"), "$i : Indicator(weight != null, score != null, score > weight)",
                "$i : Indicator(weight > \"十\", weight != null, score != null, score > weight)");
        return rules;
    }

    @Test
    void aConditionThatDividesByZeroIsBlamedOnItsRuleAndTheFormKeepsItsFindings(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("local.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                global dev.selfeval.engine.Params params;
                global dev.selfeval.engine.Report report;

                rule "本局：执行率过低"
                    @id("LOCAL-LOW") @severity("WARNING") @basis("仅用于测试")
                when
                    $l : FundLine(executed / annualBudget * 100 < params.lowExecution)
                then
                    report.finding(kcontext, null, "执行率过低", null, null);
                end
                """);
        Path form = Path.of("rules/tests/FUND-NO-BUDGET/fires.txt"); // a zero budget
        Path out = tmp.resolve("r.jsonl");
        CliRun r = CliRun.run("audit", form.toString(), "--rules", rules.toString(), "--format", "jsonl", "--fail-on", "none",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> findings = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            if (n.has("findings")) {
                n.get("findings").forEach(f -> findings.add(f.get("ruleId").asText() + ":" + f.get("message").asText()));
            }
        }
        assertTrue(findings.remove("ENGINE-RULE-ERROR:规则「本局：执行率过低」（LOCAL-LOW）在本表上运行出错：ArithmeticException: "
                + "Division by zero（" + rules.resolve("local.drl") + ":6）；本表上该规则的结果缺失，其余规则照常审核"), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("FUND-NO-BUDGET:")), findings.toString());
        assertTrue(findings.stream().noneMatch(f -> f.startsWith("ENGINE-RULE-ERROR")), findings.toString());
    }

    @Test
    void aConditionThatThrowsCostsOnlyThatRuleAndNamesIt(@TempDir Path tmp) throws Exception {
        Path rules = rulesWithATypeErrorInACondition(tmp);
        Map<String, List<String>> broken = audit(rules, tmp.resolve("r.jsonl"));
        Map<String, List<String>> shipped = audit(Rules.DIR, tmp.resolve("shipped.jsonl"));
        String error = "ENGINE-RULE-ERROR:规则「得分超过分值」（IND-OVER-WEIGHT）在本表上运行出错：NumberFormatException: Character 十 is "
                + "neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.（" + rules.resolve("indicators.drl")
                + ":14）；本表上该规则的结果缺失，其余规则照常审核";
        broken.forEach((id, findings) -> {
            List<String> rest = new ArrayList<>(findings);
            assertTrue(rest.remove(error), id + " " + findings);
            assertEquals(shipped.get(id), rest, id + ": the other rules' findings are unchanged");
        });
    }

    @Test
    void rulesCheckRunsEveryRuleOnTheSampleFormsAndNamesTheOneThatThrows(@TempDir Path tmp) {
        Path rules = rulesWithATypeErrorInACondition(tmp);
        CliRun r = CliRun.run("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.RULES_FAILED, r.exit());
        assertTrue(r.err().startsWith(rules.resolve("indicators.drl").toString().replace('\\', '/') + ":14: 规则在内置示例表 示例表#1 等 15 张表上试运行出错："
                + "规则「得分超过分值」（IND-OVER-WEIGHT）在本表上运行出错：NumberFormatException"), r.err());
        assertTrue(r.err().endsWith("。这通常是把文字当作数字比较或计算（如 weight > \"十\"）。"
                + "请检查这条规则的条件：所比较的值类型是否一致（数字不加引号，文字加引号），调用的方法是否存在\n"), r.err());
    }

    /** The rule-end findings of a run (across forms), as "RULE:message". */
    private static List<String> crossForm(Path rules, Path out, String... extra) throws Exception {
        audit(rules, out, extra);
        return crossFindings(out);
    }

    /** A JSONL report's findings on groups of forms, as "RULE:message". */
    static List<String> crossFindings(Path out) throws Exception {
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode n = JSON.readTree(line);
            if (n.has("crossForm")) {
                found.add(n.get("crossForm").get("ruleId").asText() + ":" + n.get("crossForm").get("message").asText());
            }
        }
        return found;
    }

    /** A cross-form rule on the seed's group of forms with one table (its two forms), with the given consequence. */
    static Path rulesWithACrossFormRule(Path tmp, String consequence) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("fault.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                rule "测试：出错的跨表规则"
                    @id("TEST-CROSS-FAULT") @severity("INFO") @basis("仅用于测试")
                when
                    $g : SweepGroup(kind == SweepGroup.Kind.TABLE)
                then
                %s
                end
                """.formatted(consequence));
        return rules;
    }

    @Test
    void aRunawayCrossFormRuleIsHalted(@TempDir Path tmp) throws Exception {
        List<String> found = crossForm(rulesWithACrossFormRule(tmp, "update($g);"), tmp.resolve("r.jsonl"), "--form-timeout", "1");
        assertTrue(found.contains("ENGINE-RULE-ERROR:跨表规则（000_01ee96ef31214bdb.txt#1、000_01ee96ef31214bdb.txt#5）运行出错："
                + "规则运行超过时限 1.0 秒，已中止，此前得出的结果保留；其余照常"), found.toString());
    }
}
