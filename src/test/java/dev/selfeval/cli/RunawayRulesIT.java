package dev.selfeval.cli;

import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rules stuck in a Java loop, run by the built jar in a process of their own: the watchdog gives their
 * form and their groups of forms up and the run ends, while the stuck threads, which nothing can stop,
 * spin on until the process exits — in the tests' own JVM they would take a core from every test after them.
 */
class RunawayRulesIT {
    private static final String LOOP = "long n = 0;\nwhile (n >= 0) { n = (n + 1) % 1000; }";

    @Test
    void rulesStuckInAJavaLoopAreGivenUpAndTheRunEnds(@TempDir Path tmp) throws Exception {
        Path rules = RuleFaultsTest.rulesWith(tmp, LOOP);
        // the same loop in a cross-form rule, beside the per-form one: one process for both
        Files.copy(RuleFaultsTest.rulesWithACrossFormRule(tmp.resolve("cross"), LOOP).resolve("fault.drl"), rules.resolve("cross-fault.drl"));
        Path out = tmp.resolve("r.jsonl");
        // a limit no healthy form comes near, even with two threads spinning on a 2-core host
        JarRun r = JarRun.run(tmp, RuleFaultsTest.auditArgs(rules, out, "--form-timeout", "1", "--threads", "2"));
        assertEquals(0, r.exit(), r.err());
        Map<String, List<String>> byForm = RuleFaultsTest.byForm(out);
        RuleFaultsTest.onlyFormSixHasEngineErrors(byForm);
        assertEquals(List.of("ENGINE-RULE-ERROR:本表的规则运行出错：规则运行超过每表时限后仍未停下（某条规则的 then 部分可能陷入死循环），"
                + "本表已放弃审核；请用 selfeval explain 逐条检查本表的规则"), byForm.get("000_01ee96ef31214bdb.txt#6"));
        assertEquals(List.of("ENGINE-RULE-ERROR:跨表规则（000_01ee96ef31214bdb.txt#1、000_01ee96ef31214bdb.txt#5）运行出错："
                        + "规则运行超过时限后仍未停下（某条规则的 then 部分可能陷入死循环），已放弃，结果缺失；其余照常",
                "ENGINE-RULE-ERROR:跨表规则（000_01ee96ef31214bdb.txt#4、000_01ee96ef31214bdb.txt#9）运行出错："
                        + "规则运行超过时限后仍未停下（某条规则的 then 部分可能陷入死循环），已放弃，结果缺失；其余照常"),
                RuleFaultsTest.crossFindings(out));
    }
}
