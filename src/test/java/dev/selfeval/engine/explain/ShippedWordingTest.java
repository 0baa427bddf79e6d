package dev.selfeval.engine.explain;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every helper docs/rules.md offers for conditions is worded in the shipped rules/wording.yaml. */
class ShippedWordingTest {
    /** Helpers that write a finding's text (used after then), not conditions. */
    private static final Set<String> TEXT_ONLY = Set.of("num", "shown", "money", "pct");

    @Test
    void everyHelperAConditionMayCallHasItsWords() {
        ConditionWords words = Rules.shipped().wording();
        Set<String> missing = new TreeSet<>();
        for (Method m : Calc.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !TEXT_ONLY.contains(m.getName()) && !words.calls().containsKey("Calc." + m.getName())) {
                missing.add("Calc." + m.getName());
            }
        }
        List<String> fields = Arrays.stream(Params.class.getRecordComponents()).map(c -> c.getName()).toList();
        for (Method m : Params.class.getDeclaredMethods()) {
            String key = RuleSet.PARAMS_GLOBAL + "." + m.getName();
            boolean helper = Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && !fields.contains(m.getName()) && !Set.of("equals", "hashCode", "toString").contains(m.getName());
            if (helper && !words.calls().containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void anOwnParameterIsShownByItsNameAndValue() {
        Params params = Rules.shipped().params("全国通用");
        Params own = new Params(params.rounding(), params.budgetWeight(), params.totalWeight(), params.level1Weights(),
                params.level1WeightsWithoutSatisfaction(), params.rateTolerance(), params.scoreTolerance(), params.lowExecution(),
                params.overAchievement(), params.reverseMethod(), params.qualitativeHeavy(), params.satisfactionLevel1(),
                params.satisfactionNames(), params.noReason(), params.bands(), params.grades(), params.levels(),
                params.placeholderExact(), params.placeholderContains(), params.guidance(), params.minCoverage(),
                java.util.Map.of("minIndicators", new java.math.BigDecimal("60")), params.executionFall());
        ConditionWords words = Rules.shipped().wording();
        assertEquals("各指标的个数 < 自定义参数 minIndicators（60）",
                Wording.words("indicators.size() < params.custom(\"minIndicators\").intValue()", own, words));
        assertEquals("全年执行数 ÷ 全年预算数 × 100（舍入后的百分数） < 参数 执行率偏低界限（90）",
                Wording.words("params.percent(executed, annualBudget) < params.lowExecution", own, words));
        assertEquals("自定义参数 nowhere", Wording.words("params.custom(\"nowhere\")", own, words));
    }
}
