package dev.selfeval.engine.explain;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleSet;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a DRL condition into the words of the form ({@code score < weight} → {@code 得分 < 分值}) and
 * reads the values it refers to from a fact, so that an auditor sees why a rule did not fire.
 */
final class Wording {
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("indicator.score", "填报得分");
        WORDS.put("indicator.weight", "分值");
        WORDS.put("indicator.hasReason()", "有偏差原因");
        WORDS.put("params.hasReason(indicator)", "有偏差原因");
        WORDS.put("params.hasReason(this)", "有偏差原因");
        WORDS.put("indicator.targetMeasure.number", "目标值");
        WORDS.put("actualMeasure.comparison", "实际完成值的比较符");
        WORDS.put("actualMeasure.quantitative()", "实际完成值是数字");
        WORDS.put("actualMeasure.unit", "实际完成值的单位");
        WORDS.put("actualMeasure.number", "实际完成值的数");
        WORDS.put("targetMeasure.unit", "年度指标值的单位");
        WORDS.put("hasReason()", "有偏差原因");
        WORDS.put("quantitative()", "定量指标");
        WORDS.put("reverseTarget()", "反向指标");
        WORDS.put("recomputed", "重算得分");
        WORDS.put("method", "计分方法");
        WORDS.put("met", "达到目标");
        WORDS.put("score", "得分");
        WORDS.put("weight", "分值");
        WORDS.put("actual", "实际完成值");
        WORDS.put("target", "年度指标值");
        WORDS.put("reason", "偏差原因");
        WORDS.put("name", "三级指标");
        WORDS.put("level1", "一级指标");
        WORDS.put("level2", "二级指标");
        WORDS.put("executed", "全年执行数");
        WORDS.put("annualBudget", "全年预算数");
        WORDS.put("initialBudget", "年初预算数");
        WORDS.put("rate", "执行率");
        WORDS.put("kind", "资金行");
    }

    private static final Pattern PATH = Pattern.compile("(?<![\\w$.])([a-z][A-Za-z0-9]*(?:\\(\\))?(?:\\.[a-z][A-Za-z0-9]*(?:\\(\\))?)*)");

    private Wording() {
    }

    /**
     * The condition in Chinese words and symbols; a parameter read through the {@code params} global
     * is shown with its value ({@code 参数 lowExecution（90）}).
     */
    static String words(String condition, Params params) {
        StringBuilder sb = new StringBuilder();
        Matcher m = PATH.matcher(condition);
        int last = 0;
        while (m.find()) {
            sb.append(condition, last, m.start());
            String path = m.group(1);
            String word = WORDS.get(path);
            if (word == null && path.startsWith(RuleSet.PARAMS_GLOBAL + ".")) {
                word = parameter(path.substring(RuleSet.PARAMS_GLOBAL.length() + 1), params);
            }
            sb.append(word != null ? word : path);
            last = m.end();
        }
        sb.append(condition.substring(last));
        return sb.toString().replace("Method.POSITIVE", "正向").replace("Method.REVERSE", "反向")
                .replace("Method.BAND", "定性档次").replace("Method.STATED", "沿用填报").replace("FundKind.TOTAL", "年度资金总额")
                .replace("!=", "≠").replace(">=", "≥").replace("<=", "≤").replace("==", "=")
                .replace("&&", "且").replace("||", "或").replace("null", "空").replace("false", "否").replace("true", "是")
                .replaceAll("!(?=[^=])", "非 ").replaceAll("\\s+", " ").strip();
    }

    /** The values the condition reads from the fact: {@code 得分 10，分值 10}. */
    static String values(String condition, Object fact) {
        List<String> out = new ArrayList<>();
        Matcher m = PATH.matcher(condition);
        while (m.find()) {
            String path = m.group(1);
            String word = WORDS.get(path);
            if (word == null || out.stream().anyMatch(s -> s.startsWith(word + " "))) {
                continue;
            }
            Object v = read(fact, path);
            if (v != NONE) {
                out.add(word + " " + show(v));
            }
        }
        return String.join("，", out);
    }

    private static final Object NONE = new Object();

    /** A parameter with its value; a parameter method that takes arguments by its name only. */
    private static String parameter(String path, Params params) {
        Object v = params == null ? NONE : read(params, path);
        return v == NONE ? "参数." + path : "参数 " + path.replace("()", "") + "（" + show(v) + "）";
    }

    private static String show(Object v) {
        if (v == null) {
            return "空";
        }
        if (v instanceof java.math.BigDecimal d) {
            return Calc.num(d);
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof dev.selfeval.model.IndicatorScore.Method m) {
            return switch (m) {
                case POSITIVE -> "正向";
                case REVERSE -> "反向";
                case BAND -> "定性档次";
                case STATED -> "沿用填报";
            };
        }
        return v.toString();
    }

    /** Follows a path of accessor calls ({@code indicator.score}) on a record; NONE when it does not apply. */
    private static Object read(Object fact, String path) {
        Object v = fact;
        for (String part : path.split("\\.")) {
            if (v == null) {
                return null;
            }
            try {
                Method m = v.getClass().getMethod(part.endsWith("()") ? part.substring(0, part.length() - 2) : part);
                if (m.getParameterCount() != 0) {
                    return NONE;
                }
                v = m.invoke(v);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return NONE;
            }
        }
        return v;
    }
}
