package dev.selfeval.engine.authoring;

import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** rules check's run of every rule on the bundled sample forms. */
class SampleRunTest {
    @Test
    void theShippedRulesRunCleanly() {
        assertEquals(List.of(), SampleRun.run(Rules.shipped()));
    }

    @Test
    void rulesThatDoNotFinishAreReportedInsteadOfWaitedFor(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("slow.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                rule "测试：很慢的规则"
                    @id("TEST-SLOW") @severity("INFO") @basis("仅用于测试")
                when
                    Form()
                then
                    Thread.sleep(3000);
                end
                """);
        List<SampleRun.Broken> broken = SampleRun.run(RuleLoader.load(rules), Duration.ofSeconds(1));
        assertEquals(1, broken.size());
        assertNull(broken.get(0).rule());
        assertEquals("规则在示例表上运行超过 1 秒仍未结束，某条规则（多半是 then 部分的循环）停不下来", broken.get(0).message());
    }

    @Test
    void everyEdgeFormIsBundled() {
        for (String edge : SampleRun.EDGES) {
            assertNotNull(SampleRun.bundled("samples/edge/" + edge), edge);
        }
    }

    @Test
    void aConditionThatOnlyAZeroBudgetBreaksIsCaughtOnTheEdgeForms(@TempDir Path tmp) throws Exception {
        Path rules = Rules.copy(tmp.resolve("rules"));
        Files.writeString(rules.resolve("local.drl"), """
                package selfeval.rules;
                import dev.selfeval.model.*;
                global dev.selfeval.engine.Params params;
                rule "本局：执行率过低"
                    @id("LOCAL-LOW") @severity("WARNING") @basis("仅用于测试")
                when
                    FundLine(executed != null, executed / annualBudget * 100 < params.lowExecution)
                then
                end
                """);
        List<SampleRun.Broken> broken = SampleRun.run(RuleLoader.load(rules));
        assertEquals(1, broken.size());
        assertEquals("LOCAL-LOW", broken.get(0).rule().id());
        assertEquals("边界示例 FUND-NO-BUDGET/fires.txt#1", broken.get(0).firstForm()); // the seed's ten all have a budget
    }
}
