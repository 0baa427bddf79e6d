package dev.selfeval.engine;

import java.util.Map;

/**
 * How {@code explain} words a rule's condition in Chinese (rules/wording.yaml): fact fields
 * ({@code score} → 得分), the methods and functions conditions call ({@code Calc.isZero} → "{1} 为 0";
 * {@code {0}} is what the method is called on, {@code {1}}… its arguments; a name starting with
 * {@code !} is its negated wording), and fact types ({@code Indicator} → 指标).
 */
public record ConditionWords(Map<String, String> fields, Map<String, String> calls, Map<String, String> facts) {
    public static final ConditionWords NONE = new ConditionWords(Map.of(), Map.of(), Map.of());

    public ConditionWords {
        fields = Map.copyOf(fields);
        calls = Map.copyOf(calls);
        facts = Map.copyOf(facts);
    }
}
