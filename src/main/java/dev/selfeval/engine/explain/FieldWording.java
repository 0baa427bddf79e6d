package dev.selfeval.engine.explain;

import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleSet;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a condition in the words of wording.yaml, once its calls are worded ({@link Wording}):
 * a field path by its name, a parameter with its value, a field read from a variable by its fact
 * ({@code $t.score()}), a value bound earlier by the fact or field it was bound to.
 */
final class FieldWording {
    /** A field read from a variable: {@code $t.score()}. */
    private static final Pattern TYPED = Pattern.compile("\\$(\\w+)\\.([a-z]\\w*(?:\\(\\))?)(?![\\w.(])");

    private final ConditionWords words;
    private final Params params;
    private final Map<String, String> types;

    FieldWording(ConditionWords words, Params params, Map<String, String> types) {
        this.words = words;
        this.params = params;
        this.types = types;
    }

    /**
     * Field paths by their names in wording.yaml; a parameter with its value; the fact a field is read
     * from ({@code $t.}) dropped, a value bound earlier ({@code $key}) named as such.
     */
    String fields(String s) {
        Matcher typed = TYPED.matcher(s);
        StringBuilder byType = new StringBuilder();
        while (typed.find()) {
            String type = types.get("$" + typed.group(1));
            String field = typed.group(2).replace("()", "");
            String word = type == null ? null : words.fields().get(type + "." + field);
            if (word == null && type != null && !type.contains(".") && words.facts().containsKey(type) && words.fields().containsKey(field)) {
                word = "前面条件中" + words.facts().get(type) + "的" + words.fields().get(field);
            }
            typed.appendReplacement(byType, Matcher.quoteReplacement(word != null ? word : typed.group()));
        }
        s = typed.appendTail(byType).toString();
        s = s.replaceAll("\\$\\w+\\.", "");
        Matcher bound = BOUND.matcher(s);
        StringBuilder named = new StringBuilder();
        while (bound.find()) {
            bound.appendReplacement(named, Matcher.quoteReplacement(bound(bound.group())));
        }
        s = bound.appendTail(named).toString();
        StringBuilder sb = new StringBuilder();
        Matcher m = Wording.PATH.matcher(s);
        int last = 0;
        while (m.find()) {
            sb.append(s, last, m.start());
            String path = m.group(1);
            String word = words.fields().get(path);
            if (word == null && path.endsWith("()")) {
                word = words.fields().get(path.substring(0, path.length() - 2));
            }
            if (path.startsWith(RuleSet.PARAMS_GLOBAL + ".")) {
                word = FactValues.parameter(path.substring(RuleSet.PARAMS_GLOBAL.length() + 1), params, word, words);
            }
            sb.append(word != null ? word : path);
            last = m.end();
        }
        sb.append(s.substring(last));
        return sb.toString();
    }

    /** A variable bound earlier, alone: {@code $key}. */
    private static final Pattern BOUND = Pattern.compile("\\$\\w+");

    /**
     * A value bound earlier, by the fact or field it was bound to ({@code $key} bound to an indicator's
     * identity → 前面条件中指标的一级、二级、三级指标), never by the rule's variable name.
     */
    private String bound(String variable) {
        String to = types.get(variable);
        if (to == null) {
            return "前面条件中取得的值";
        }
        int dot = to.indexOf('.');
        String type = dot < 0 ? to : to.substring(0, dot);
        String fact = words.facts().getOrDefault(type, "事实");
        if (dot < 0) {
            return "前面条件中的" + fact;
        }
        String field = to.substring(dot + 1);
        String word = words.fields().getOrDefault(type + "." + field, words.fields().get(field.replace("()", "")));
        return "前面条件中" + fact + "的" + (word != null ? word : "值");
    }

}
