package dev.selfeval.engine.explain;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a DRL condition into the words of the form ({@code score < weight} → {@code 得分 < 分值};
 * {@code eval(!Calc.equal(a, b))} → {@code a 不等于 b}) by the rules folder's wording.yaml, and reads
 * the values it refers to from a fact, so that an auditor sees why a rule did not fire.
 */
final class Wording {
    static final Pattern PATH = Pattern.compile("(?<![\\w$.])([a-z][A-Za-z0-9]*(?:\\(\\))?(?:\\.[a-z][A-Za-z0-9]*(?:\\(\\))?)*)");
    /** {@code $x : List(size > 0) from collect(…)}: at least one fact matches. */
    private static final Pattern COLLECT = Pattern.compile("^\\$\\w+\\s*:\\s*List\\(\\s*size\\s*>\\s*0\\s*\\)\\s*from\\s+collect\\s*\\((.*)\\)$");
    private static final Pattern BINDING = Pattern.compile("^\\$\\w+\\s*:\\s*(?!=)");
    /** A pattern's argument that only binds a field ({@code $hl : line}): it says nothing of the fact. */
    private static final Pattern BINDING_ONLY = Pattern.compile("^\\$\\w+\\s*:\\s*[a-z][\\w.]*(?:\\(\\))?$");
    /** What follows {@code a.compareTo(b)}: a comparison with 0. */
    private static final Pattern AGAINST_ZERO = Pattern.compile("^\\s*(!=|==|>=|<=|>|<)\\s*0(?![\\d.])");

    private final ConditionWords words;
    private final Params params;
    private final Map<String, String> types;

    private Wording(ConditionWords words, Params params, Map<String, String> types) {
        this.words = words;
        this.params = params;
        this.types = types;
    }

    /**
     * The condition in Chinese words and symbols; a parameter read through the {@code params} global
     * is shown with its value ({@code 参数 lowExecution（90）}).
     */
    static String words(String condition, Params params, ConditionWords words) {
        return words(condition, params, words, Map.of());
    }

    /** @param types the fact type each variable of the rule is bound to, for fields worded by type ({@code FundLine.score}) */
    static String words(String condition, Params params, ConditionWords words, Map<String, String> types) {
        Wording w = new Wording(words, params, types);
        StringBuilder out = new StringBuilder();
        for (String part : condition.split("；")) {
            out.append(out.length() == 0 ? "" : "；").append(w.pattern(part.strip()));
        }
        return out.toString();
    }

    /** One line of a rule's conditions: {@code not X(…)}, {@code $l : List(size > 0) from collect(X(…))} or an expression. */
    private String pattern(String s) {
        Matcher c = COLLECT.matcher(s);
        if (c.matches()) {
            return "至少有一个" + expression(c.group(1).strip());
        }
        if (s.startsWith("not ")) {
            return "没有" + expression(s.substring(4).strip());
        }
        return expression(BINDING.matcher(s).replaceFirst(""));
    }

    /** An expression with its calls worded, then its fields, constants and symbols. */
    private String expression(String s) {
        String worded = new FieldWording(words, params, types).fields(calls(ACCESSORS.matcher(s).replaceAll("$1.")));
        for (var e : words.fields().entrySet()) {
            if (Character.isUpperCase(e.getKey().charAt(0))) { // a constant: Calc.HUNDRED, Method.POSITIVE
                worded = worded.replace(e.getKey(), e.getValue());
            }
        }
        return symbols(worded);
    }


    /** An accessor called on the way to a field ({@code actualMeasure().number()}): read as a path. */
    private static final Pattern ACCESSORS = Pattern.compile("(\\w)\\(\\)\\.");

    /**
     * A call in words: {@code negation} when the negated wording was used (the {@code !} before the
     * call goes), {@code zero} when the comparison with 0 after it was taken in
     * ({@code a.compareTo(b) != 0} → {@code a ≠ b}).
     */
    private record Worded(String text, boolean negation, boolean zero) {
    }

    /** Rewrites {@code name(args)} by the wording of calls and fact types, innermost first, left to right. */
    private String calls(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '"') { // a quoted text stays as written
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '"') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
                out.append(s, i, end);
                i = end;
                continue;
            }
            if (Character.isJavaIdentifierStart(ch) && (i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1)) && s.charAt(i - 1) != '.')) {
                int end = i;
                while (end < s.length() && (Character.isJavaIdentifierPart(s.charAt(end)) || s.charAt(end) == '.')) {
                    end++;
                }
                String chain = s.substring(i, end);
                if (end < s.length() && s.charAt(end) == '(' && !chain.endsWith(".")) {
                    int close = DrlText.closing(s, end);
                    List<String> args = DrlText.split(s.substring(end + 1, close));
                    int at = out.length();
                    Matcher zero = AGAINST_ZERO.matcher(s.substring(close + 1));
                    Worded w = call(chain, args, negated(out, at), zero.find() ? zero.group(1) : null);
                    if (w != null) {
                        at = put(out, at, w);
                        i = close + 1 + (w.zero() ? zero.end() : 0);
                    } else {
                        out.append(chain).append('(').append(String.join(", ", args.stream().map(this::calls).toList())).append(')');
                        i = close + 1;
                    }
                    i = chained(s, i, out, at);
                    continue;
                }
                out.append(chain);
                i = end;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /** Whether the words from {@code at} are negated: a {@code !} just before them. */
    private static boolean negated(StringBuilder out, int at) {
        return at > 0 && out.charAt(at - 1) == '!';
    }

    /** Writes a call's words from {@code at} (over the {@code !} when its negation was worded); returns where they start. */
    private static int put(StringBuilder out, int at, Worded w) {
        out.setLength(w.negation() ? at - 1 : at);
        int start = out.length();
        out.append(w.text());
        return start;
    }

    /**
     * Methods called on what a call gave ({@code Calc.orZero(x).add(y).compareTo(z) != 0}): each takes
     * the words written so far from {@code at} as what it is called on. Returns where the text goes on.
     */
    private int chained(String s, int i, StringBuilder out, int at) {
        while (true) {
            int dot = i;
            while (dot < s.length() && Character.isWhitespace(s.charAt(dot))) { // a chain broken over lines
                dot++;
            }
            if (dot >= s.length() || s.charAt(dot) != '.') {
                return i;
            }
            i = dot;
            int end = i + 1;
            while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                end++;
            }
            if (end == i + 1 || end >= s.length() || s.charAt(end) != '(') {
                return i;
            }
            int close = DrlText.closing(s, end);
            Matcher zero = AGAINST_ZERO.matcher(s.substring(close + 1));
            Worded w = worded(List.of(s.substring(i, end)), out.substring(at), DrlText.split(s.substring(end + 1, close)),
                    negated(out, at), zero.find() ? zero.group(1) : null);
            if (w == null) {
                return i;
            }
            at = put(out, at, w);
            i = close + 1 + (w.zero() ? zero.end() : 0);
        }
    }

    /** One call by its name as written ({@code Calc.isZero}, {@code $f.unreadText}, a fact type); null when wording.yaml has none. */
    private Worded call(String chain, List<String> args, boolean negated, String againstZero) {
        String fact = words.facts().get(chain);
        if (fact != null) {
            List<String> worded = args.stream().map(String::strip).filter(a -> !BINDING_ONLY.matcher(a).matches())
                    .map(a -> expression(BINDING.matcher(a).replaceFirst(""))).toList();
            return new Worded(fact + (worded.isEmpty() ? "" : "（" + String.join("，", worded) + "）"), false, false);
        }
        if (chain.startsWith(RuleSet.PARAMS_GLOBAL + ".") && (!args.isEmpty() || words.calls().containsKey(chain))) {
            return parameterCall(chain, args, negated, againstZero);
        }
        int dot = chain.lastIndexOf('.');
        if (dot < 0 || words.calls().containsKey(chain) || words.calls().containsKey("!" + chain)) {
            return worded(List.of(chain), "", args, negated, againstZero);
        }
        // a method on a fact or value ({@code $f.unreadText}): by its own name, on what it is called on
        return worded(List.of(chain, chain.substring(dot)), expression(chain.substring(0, dot)), args, negated, againstZero);
    }

    /**
     * A call on the parameters ({@code params.custom("minIndicators")}, {@code params.percent(a, b)}): by
     * its wording, a quoted name without its quotes; with its value when it takes only written values.
     */
    private Worded parameterCall(String chain, List<String> args, boolean negated, String againstZero) {
        Worded w = worded(List.of(chain), "", args, negated, againstZero);
        String text = w != null ? w.text()
                : "参数 " + chain.substring(RuleSet.PARAMS_GLOBAL.length() + 1) + "(" + String.join(", ", args.stream().map(this::expression).toList()) + ")";
        for (String a : args) {
            if (DrlText.quoted(a)) {
                text = text.replace(a, a.substring(1, a.length() - 1));
            }
        }
        String value = FactValues.call(params, chain.substring(RuleSet.PARAMS_GLOBAL.length() + 1), args, words);
        return new Worded(value == null ? text : text + "（" + value + "）", w != null && w.negation(), false);
    }

    /**
     * The words of a call by the first of {@code keys} wording.yaml has ({@code {0}} = {@code self},
     * {@code {1}}… = the arguments in words), its negated wording when negated and there is one.
     */
    private Worded worded(List<String> keys, String self, List<String> args, boolean negated, String againstZero) {
        List<String> worded = args.stream().map(this::expression).toList();
        if (keys.get(keys.size() - 1).equals(".compareTo") && againstZero != null && worded.size() == 1) {
            return new Worded(self + " " + symbols(againstZero) + " " + worded.get(0), false, true);
        }
        for (String key : keys) {
            boolean negation = negated && words.calls().containsKey("!" + key);
            String template = words.calls().get(negation ? "!" + key : key);
            if (template != null) {
                String t = template.replace("{0}", self);
                for (int k = 0; k < worded.size(); k++) {
                    t = t.replace("{" + (k + 1) + "}", worded.get(k));
                }
                return new Worded(t, negation, false);
            }
        }
        return null;
    }

    private static String symbols(String s) {
        return s.replace("!=", "≠").replace(">=", "≥").replace("<=", "≤").replace("==", "=")
                .replace("&&", "且").replace("||", "或").replace(" and ", " 且 ").replace(" or ", " 或 ")
                .replace("null", "空").replace("false", "否").replace("true", "是")
                .replaceAll("!(?=[^=])", "非 ").replaceAll("\\s+", " ").strip();
    }
}
