package dev.selfeval.engine.explain;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The values a condition reads, taken from a fact or the parameters and shown as the form shows them. */
final class FactValues {
    private FactValues() {
    }

    /** The values the condition reads from the fact: {@code 得分 10，分值 10}. */
    static String values(String condition, Object fact, ConditionWords words) {
        List<String> out = new ArrayList<>();
        Matcher m = Wording.PATH.matcher(condition);
        while (m.find()) {
            String path = m.group(1);
            String word = words.fields().get(path);
            if (word == null || out.stream().anyMatch(s -> s.startsWith(word + " "))) {
                continue;
            }
            Object v = read(fact, path);
            if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Enum<?>) {
                out.add(word + " " + show(v, words));
            }
        }
        return String.join("，", out);
    }

    private static final Object NONE = new Object();

    /** A parameter by its name in wording.yaml (else as written) with its value; one that takes arguments by name only. */
    static String parameter(String path, Params params, String name, ConditionWords words) {
        Object v = params == null ? NONE : read(params, path);
        String shown = name != null ? name : path.replace("()", "");
        return v == NONE ? "参数 " + shown : "参数 " + shown + "（" + show(v, words) + "）";
    }

    /**
     * The value of a call on the parameters that takes only written texts and numbers
     * ({@code custom("minIndicators")}), as the form shows it; null when it takes anything else or fails.
     */
    static String call(Params params, String name, List<String> args, ConditionWords words) {
        if (params == null || !args.stream().allMatch(a -> DrlText.quoted(a) || DrlText.number(a))) {
            return null;
        }
        for (Method m : Params.class.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.size()) {
                continue;
            }
            Object[] values = new Object[args.size()];
            Class<?>[] types = m.getParameterTypes();
            for (int k = 0; k < values.length; k++) {
                String a = args.get(k);
                if (types[k] == String.class && DrlText.quoted(a)) {
                    values[k] = a.substring(1, a.length() - 1);
                } else if (types[k] == java.math.BigDecimal.class && DrlText.number(a)) {
                    values[k] = new java.math.BigDecimal(a);
                } else {
                    values = null;
                    break;
                }
            }
            if (values != null) {
                try {
                    return show(m.invoke(params, values), words);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A value as the form shows it; a constant ({@code Method.POSITIVE}) by its name in wording.yaml. */
    private static String show(Object v, ConditionWords words) {
        if (v == null) {
            return "空";
        }
        if (v instanceof java.math.BigDecimal d) {
            return Calc.num(d);
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof Enum<?> e) {
            return words.fields().getOrDefault(e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name());
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
