package dev.selfeval.engine.load;

import dev.selfeval.engine.Rounding;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.model.Severity;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoaderTest {

    @Test
    void theRuleTestCasesInTheRulesFolderAreNeverLoadedAsRules() throws Exception {
        assertTrue(Files.exists(Rules.DIR.resolve("tests/ENGINE-RULE-ERROR/boom.drl")), "a case's own rule file sits in rules/tests");
        List<String> loaded = RuleFiles.of(Rules.DIR).files().stream().map(RuleFiles.RuleFile::relative).toList();
        assertEquals(List.of(), loaded.stream().filter(f -> f.startsWith("tests/")).toList());
        assertTrue(loaded.contains("scoring.drl"), loaded.toString());
    }

    @Test
    void shippedRulesCarryTheMetadataContract() {
        RuleSet rs = Rules.shipped();
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : rs.rules()) {
            assertTrue(ids.add(r.id()), "unique id " + r.id());
            assertTrue(r.basis() != null && !r.basis().isBlank(), r.id());
            assertTrue(r.file().startsWith("rules/") && r.file().endsWith(".drl"), r.file());
            assertTrue(r.line() > 0, r.id());
        }
        for (String id : List.of("FUND-SUBTOTAL", "FUND-RATE", "FUND-OVERSPENT", "FUND-SCORE", "FUND-ZERO-UNEXPLAINED",
                "FUND-LOW-UNEXPLAINED", "FUND-ADJUSTED", "FUND-NO-BUDGET", "IND-OVER-WEIGHT", "IND-DEDUCTION-UNEXPLAINED",
                "IND-REASON-NO-DEDUCTION", "IND-MISSED-FULL-SCORE", "IND-SCORE-FORMULA", "IND-QUAL-BAND",
                "IND-NOT-MEASURED", "IND-ACTUAL-MISSING", "IND-UNIT", "IND-DUPLICATE", "IND-MISPLACED", "IND-OVERACHIEVED",
                "IND-ZERO-SPEND-OUTPUT", "IND-PLACEHOLDER", "IND-BAD-NUMBER", "FORM-WEIGHT-TOTAL", "FORM-LEVEL1-SPLIT",
                "FORM-TOTAL", "FORM-LEVEL1-MISSING", "FORM-GOAL-MISSING", "FORM-HEADER-MISSING", "FORM-QUALITATIVE-HEAVY",
                "PARSE-UNREADABLE", "PARSE-SKIPPED-ROW", "ENGINE-RULE-ERROR")) {
            assertTrue(ids.contains(id), id);
        }
        assertEquals(Severity.WARNING, severity(rs, "FUND-RATE"));
        assertEquals(Severity.ERROR, severity(rs, "FUND-OVERSPENT"));
        assertEquals(Severity.INFO, severity(rs, "FUND-ADJUSTED"));
        assertEquals(Severity.WARNING, severity(rs, "IND-UNIT"));
        assertEquals(Severity.WARNING, severity(rs, "FORM-HEADER-MISSING"));
        assertEquals(64, rs.fingerprint().length());
    }

    @Test
    void bundledCopyIsTheShippedRules() throws Exception {
        RuleSet bundled = RuleLoader.load(RuleFiles.bundled());
        assertEquals(Rules.shipped().fingerprint(), bundled.fingerprint());
        assertEquals("(bundled) rules", bundled.dir());
    }

    @Test
    void syntaxErrorGivesFileLineAndColumn(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path funds = rules.resolve("funds.drl");
        int lines = Files.readAllLines(funds).size();
        Files.writeString(funds, Files.readString(funds) + "\nrule \"坏规则\"\n    @id(\"X-BAD\") @severity(\"INFO\") @basis(\"测试\")\nwhen\n    FundLine(kind == )\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        LoadError first = e.errors().get(0);
        assertEquals(rules.resolve("funds.drl").toString(), first.file());
        assertEquals(lines + 5, first.line());
        assertTrue(first.column() > 0, first.toString());
        assertTrue(first.toString().startsWith(rules + "/funds.drl:" + (lines + 5) + ":" + first.column() + ": "), first.toString());
    }

    @Test
    void compileErrorNamesTheRule(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path form = rules.resolve("form.drl");
        int lines = Files.readAllLines(form).size();
        Files.writeString(form, Files.readString(form) + "\nrule \"调用不存在的方法\"\n    @id(\"X-COMPILE\") @severity(\"INFO\") @basis(\"测试\")\nwhen\n    $f : Form()\nthen\n    $f.noSuchMethod();\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(1, e.errors().size(), e.getMessage());
        LoadError err = e.errors().get(0);
        assertEquals(rules.resolve("form.drl").toString(), err.file());
        assertTrue(err.line() > lines, err.toString());
        assertTrue(err.message().endsWith("(rule \"调用不存在的方法\")"), err.toString());
    }

    @Test
    void ruleWithoutIdIsRefused(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("funds.drl"), "@id(\"FUND-RATE\") ", "");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(1, e.errors().size());
        assertTrue(e.errors().get(0).toString().matches(".*/funds\\.drl:\\d+: 规则「执行率与重算不符」缺少 @id"),
                e.errors().get(0).toString());
    }

    @Test
    void badSeverityMissingBasisAndDuplicateIdAreAllReported(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("funds.drl"), "@id(\"FUND-RATE\") @severity(\"WARNING\")", "@id(\"FUND-RATE\") @severity(\"SEVERE\")");
        Rules.edit(rules.resolve("form.drl"), "@id(\"FORM-TOTAL\")", "@id(\"FUND-SCORE\")");
        Files.writeString(rules.resolve("extra.drl"), "package selfeval.rules;\nimport dev.selfeval.model.*;\n"
                + "rule \"无依据\"\n    @id(\"X-NO-BASIS\") @severity(\"INFO\")\nwhen\n    Form()\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        String all = e.getMessage();
        assertEquals(3, e.errors().size(), all);
        assertTrue(all.contains("规则「执行率与重算不符」的 @severity 为「SEVERE」，应为 ERROR、WARNING 或 INFO"), all);
        assertTrue(all.contains("extra.drl:3: 规则「无依据」缺少 @basis（依据）"), all);
        assertTrue(all.contains("的 @id FUND-SCORE 与 ") && all.contains("重复"), all);
    }

    @Test
    void paramsGlobalOfAnotherTypeIsRefusedWithItsPlace(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(":4:1: 全局变量 params 是参数，类型应为 dev.selfeval.engine.Params，而不是 java.util.Map"),
                globalErrors(tmp, "global dev.selfeval.engine.Report report;\nglobal java.util.Map params;\n"));
    }

    /** The engine sets the report global without the session's type check, so the loader checks it. */
    @Test
    void reportGlobalOfAnotherTypeIsRefusedWithItsPlace(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(":3:1: 全局变量 report 是规则记录发现的报告，类型应为 dev.selfeval.engine.Report，而不是 java.util.List"),
                globalErrors(tmp, "global java.util.List report;\n"));
    }

    /** The load errors of a rules folder whose one file declares these globals (own.drl's path cut from each). */
    private static List<String> globalErrors(Path tmp, String globals) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.copy(Rules.DIR.resolve("parameters.yaml"), rules.resolve("parameters.yaml"));
        Files.copy(Rules.DIR.resolve("vocabulary.yaml"), rules.resolve("vocabulary.yaml"));
        Files.createDirectories(rules.resolve("templates"));
        Files.copy(Rules.DIR.resolve("templates/national.yaml"), rules.resolve("templates/national.yaml"));
        Path own = rules.resolve("own.drl");
        Files.writeString(own, "package own;\nimport dev.selfeval.model.*;\n" + globals
                + "rule \"表\"\n    @id(\"X-FORM\") @severity(\"INFO\") @basis(\"测试\")\nwhen\n    Form()\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        return e.errors().stream().map(Object::toString)
                .map(m -> m.startsWith(own.toString()) ? m.substring(own.toString().length()) : m).toList();
    }

    /** A worker's session is reset between forms, which clears its globals: the parameters are bound again each form. */
    @Test
    void paramsGlobalIsBoundAgainAfterEachReset() {
        Auditor a = Rules.auditor();
        dev.selfeval.model.Form form7 = Fixtures.seedForms().get(6);
        for (int k = 0; k < 3; k++) {
            List<String> ids = a.audit(form7).findings().stream().map(f -> f.ruleId()).toList();
            assertTrue(ids.contains("FUND-LOW-UNEXPLAINED") && !ids.contains("ENGINE-RULE-ERROR"), ids.toString());
        }
    }

    /** Rules written before the params global read the parameters as a fact, and still fire. */
    @Test
    void paramsFactStillServesOlderRules(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("older.drl"), "package selfeval.rules;\nimport dev.selfeval.model.*;\n"
                + "import dev.selfeval.engine.Params;\nglobal dev.selfeval.engine.Report report;\n"
                + "rule \"旧写法\"\n    @id(\"X-OLD\") @severity(\"INFO\") @basis(\"测试\")\nwhen\n"
                + "    $p : Params()\n    BudgetScore(rate != null, rate < $p.lowExecution)\n"
                + "then\n    report.finding(kcontext, Location.section(\"表\", \"执行率\", 0), \"低\");\nend\n");
        Auditor a = new Auditor(RuleLoader.load(rules));
        List<String> formsWithOld = new java.util.ArrayList<>();
        List<dev.selfeval.model.Form> forms = Fixtures.seedForms();
        for (int k = 0; k < forms.size(); k++) {
            if (a.audit(forms.get(k)).findings().stream().anyMatch(f -> f.ruleId().equals("X-OLD"))) {
                formsWithOld.add(String.valueOf(k + 1));
            }
        }
        assertEquals(List.of("3", "6", "7", "9", "10"), formsWithOld);
    }

    @Test
    void unknownParameterIsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        Rules.edit(params, "  lowExecution: 90", "  lowExecutoin: 90");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        int line = Files.readAllLines(params).indexOf("  lowExecutoin: 90      # 执行率低于此值（%）且全表无偏差原因 → FUND-LOW-UNEXPLAINED") + 1;
        assertEquals(List.of(new LoadError(params.toString(), line, 3, "未知字段「lowExecutoin」（在 budget 中）；您是否要写 lowExecution")), e.errors());
    }

    @Test
    void malformedParametersAreRefusedWithTheirLines(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        Rules.edit(params, "reverseMethod: linear", "reverseMethod: curved");
        Rules.edit(params, "  rate: 0.00 ", "  rate: -1 ");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        List<String> lines = Files.readAllLines(params);
        assertEquals(2, e.errors().size(), e.getMessage());
        assertEquals(lineOf(lines, "rate: -1"), e.errors().get(0).line());
        assertEquals("tolerance.rate 不能为负数", e.errors().get(0).message());
        assertEquals(lineOf(lines, "reverseMethod: curved"), e.errors().get(1).line());
        assertEquals("reverseMethod 只能是 linear 或 ratio，现为「curved」", e.errors().get(1).message());
    }

    /** Rounding is a parameter: 20 × 10000 ÷ 12000 = 16.666… is 16.67 half up, 16.66 cut down. */
    @Test
    void roundingFollowsTheParameters(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("parameters.yaml"), "  scale: 2\n  mode: HALF_UP", "  scale: 2\n  mode: DOWN");
        Path form = Path.of("rules/tests/IND-SCORE-FORMULA/quiet-comparator-words.txt");
        dev.selfeval.model.Form f = dev.selfeval.support.Fixtures.read(form).forms().get(0);
        List<dev.selfeval.model.Finding> down = new Auditor(RuleLoader.load(rules)).audit(f).findings();
        assertEquals(List.of("IND-SCORE-FORMULA 16.66 16.67"), down.stream()
                .map(x -> x.ruleId() + " " + x.expected() + " " + x.actual()).toList());
        assertEquals(List.of(), Rules.auditor().audit(f).findings());

        Rules.edit(rules.resolve("parameters.yaml"), "  scale: 2\n  mode: DOWN", "  scale: 7\n  mode: UNNECESSARY");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        List<String> lines = Files.readAllLines(rules.resolve("parameters.yaml"));
        assertEquals(List.of(lineOf(lines, "scale: 7") + ": rounding.scale 应在 0 到 6 之间，现为 7",
                lineOf(lines, "mode: UNNECESSARY") + ": rounding.mode 不能是 UNNECESSARY：执行率、得分的计算总要舍入"),
                e.errors().stream().map(x -> x.line() + ": " + x.message()).toList());
    }

    @Test
    void notANumberInParameters(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        Rules.edit(params, "  overAchievement: 130", "  overAchievement: 百三十");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(lineOf(Files.readAllLines(params), "overAchievement: 百三十"), e.errors().get(0).line());
        assertTrue(e.errors().get(0).message().startsWith("参数格式错误"), e.getMessage());
    }

    @Test
    void aParameterWrittenTwiceIsRefusedNotOverwritten(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path params = rules.resolve("parameters.yaml");
        Rules.edit(params, "    效益指标: 30\n", "    效益指标: 30\n    产出指标: 40\n");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(List.of(lineOf(Files.readAllLines(params), "产出指标: 40") + ": 参数格式错误：「产出指标」写了两次：只保留一个"),
                e.errors().stream().map(x -> x.line() + ": " + x.message()).toList());
    }

    @Test
    void missingParametersFileIsAnError(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.delete(rules.resolve("parameters.yaml"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(rules + "/parameters.yaml: 缺少参数文件 parameters.yaml", e.errors().get(0).toString());
    }

    @Test
    void aNamedPipeAmongTheRulesIsRefusedByName(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Path pipe = rules.resolve("extra.drl");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(List.of(rules + "/extra.drl: 不是普通文件（命名管道、设备或套接字），未读取，以免一直等待；"
                + "请删除它，或把规则存成普通的 .drl 文件"), e.errors().stream().map(LoadError::toString).toList());
    }

    @Test
    void aRuleFileLargerThanAnyRuleFileIsRefusedUnread(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(rules.resolve("huge.drl").toFile(), "rw")) {
            huge.setLength(3L << 30); // 3 GB, sparse: reading it whole would end the run
        }
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(List.of(rules + "/huge.drl: 文件过大（3072 MB），超过手写文件 16 MB 的上限，未读取：请检查是否选错了文件"),
                e.errors().stream().map(LoadError::toString).toList());
    }

    @Test
    void twoTemplatesOfOneNameAreNamedWithBothFiles(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.copy(rules.resolve("templates/transfer.yaml"), rules.resolve("templates/transfer-copy.yaml"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(List.of(rules + "/templates/transfer.yaml:8: 模板名称「转移支付绩效目标」与 " + rules
                + "/templates/transfer-copy.yaml:8 的模板重名：报告和用例按名称认模板，请改其中一个的 name"),
                e.errors().stream().map(LoadError::toString).toList());
    }

    private static final String CITING = """
            package selfeval.rules;
            import dev.selfeval.model.*;
            rule "本局：执行率偏低"
                @id("LOCAL-LOW") @severity("WARNING") @basis("本局规定：预算执行率低于 {params.budget.lowExecution}% 须说明原因")
            when
                FundLine()
            then
            end
            """;

    @Test
    void aBasisCitingAParameterSaysItsValue(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("local.drl"), CITING);
        Rules.edit(rules.resolve("parameters.yaml"), "lowExecution: 90", "lowExecution: 85");
        RuleInfo r = RuleLoader.load(rules).rules().stream().filter(i -> i.id().equals("LOCAL-LOW")).findFirst().orElseThrow();
        assertEquals("本局规定：预算执行率低于 85% 须说明原因", r.basis());
    }

    @Test
    void aBasisCitingAParameterThatIsNotThereIsNamed(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("local.drl"), CITING.replace("budget.lowExecution", "budget.lowExecutoin"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(rules));
        assertEquals(List.of(rules + "/local.drl:3: 规则「本局：执行率偏低」的 @basis 引用的参数 params.budget.lowExecutoin 在 parameters.yaml 中"
                        + "不存在：请写 parameters.yaml 中某一项的完整路径，如 {params.budget.lowExecution}"),
                e.errors().stream().map(LoadError::toString).toList());
    }

    @Test
    void fingerprintFollowsTheFiles(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        assertEquals(Rules.shipped().fingerprint(), RuleLoader.load(rules).fingerprint());
        Rules.edit(rules.resolve("parameters.yaml"), "lowExecution: 90", "lowExecution: 60");
        assertNotEquals(Rules.shipped().fingerprint(), RuleLoader.load(rules).fingerprint());
    }

    private static int lineOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }

    private static Severity severity(RuleSet rs, String id) {
        return rs.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().severity();
    }
}
