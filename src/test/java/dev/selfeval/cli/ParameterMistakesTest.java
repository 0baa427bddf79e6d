package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
