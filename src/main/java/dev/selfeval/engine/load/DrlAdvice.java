package dev.selfeval.engine.load;

import dev.selfeval.model.Closest;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mistakes in a DRL file told the way an auditor can fix them, in Chinese, with the file, line and
 * column; the rule engine's own message stays below for developers. Full-width punctuation typed
 * with a Chinese input method outside a quoted text is found before the file is parsed; parser and
 * compiler messages are read for what they mean: a bracket left open, a fact field misspelt.
 */
final class DrlAdvice {
    /** Full-width punctuation and what to type instead. */
    private static final Map<Character, String> FULL_WIDTH = new LinkedHashMap<>();

    static {
        FULL_WIDTH.put('“', "\"");
        FULL_WIDTH.put('”', "\"");
        FULL_WIDTH.put('‘', "'");
        FULL_WIDTH.put('’', "'");
        FULL_WIDTH.put('（', "(");
        FULL_WIDTH.put('）', ")");
        FULL_WIDTH.put('，', ",");
        FULL_WIDTH.put('；', ";");
        FULL_WIDTH.put('：', ":");
        FULL_WIDTH.put('＝', "=");
        FULL_WIDTH.put('＞', ">");
        FULL_WIDTH.put('＜', "<");
        FULL_WIDTH.put('！', "!");
        FULL_WIDTH.put('［', "[");
        FULL_WIDTH.put('］', "]");
        FULL_WIDTH.put('｛', "{");
        FULL_WIDTH.put('｝', "}");
        FULL_WIDTH.put('\u3000', " ");
    }

    private static final String DROOLS = "\n    规则引擎原文：";
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]*)\"|\\(rule \"([^\"]*)\"\\)");
    private static final Pattern INPUT = Pattern.compile("(?:mismatched|extraneous|no viable alternative at) input '([^']*)'");

    private DrlAdvice() {
    }

    /**
     * The text with quoted texts and comments blanked out (spaces; line breaks kept), so that what is
     * left is the rule's code, line for line and column for column.
     */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text);
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank;
            if (c == '\n') {
                lineComment = false;
                blank = false;
            } else if (lineComment) {
                blank = true;
            } else if (blockComment) {
                blockComment = !(c == '/' && i > 0 && text.charAt(i - 1) == '*');
                blank = true;
            } else if (quote != 0) {
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    out.setCharAt(i++, ' ');
                } else if (c == quote) {
                    quote = 0;
                }
                blank = true;
            } else if (c == '"' || c == '\'') {
                quote = c;
                blank = true;
            } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                lineComment = text.charAt(i + 1) == '/';
                blockComment = !lineComment;
                out.setCharAt(i++, ' ');
                blank = true;
            } else {
                blank = false;
            }
            if (blank) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Full-width punctuation outside quoted texts and comments: one error each, with what to type. */
    static List<LoadError> fullWidth(String file, String text) {
        List<LoadError> out = new ArrayList<>();
        String[] lines = code(text).split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            for (int k = 0; k < lines[l].length(); k++) {
                char c = lines[l].charAt(k);
                if (FULL_WIDTH.containsKey(c)) {
                    out.add(new LoadError(file, l + 1, k + 1, "全角字符「" + c + "」：请改为半角「" + FULL_WIDTH.get(c)
                            + "」（规则的条件和动作只认半角标点；中文只写在半角引号括起的文字里，如 level2 == \"成本指标\"）"));
                }
            }
        }
        return out;
    }

    private static final Pattern BLOCK = Pattern.compile("(rule|query|declare)(\\s.*)?");

    /** Each rule (query, declaration) that runs into the next one or the file's end without its {@code end}, at its first line. */
    static List<LoadError> missingEnds(String file, String text) {
        List<LoadError> out = new ArrayList<>();
        String[] code = code(text).split("\n", -1);
        String[] lines = text.split("\n", -1);
        int open = -1;
        for (int l = 0; l <= code.length; l++) {
            String t = l < code.length ? code[l].strip() : "";
            boolean header = l < code.length && BLOCK.matcher(t).matches();
            if (open >= 0 && (header || l == code.length)) {
                out.add(new LoadError(file, open + 1, 1, "「" + lines[open].strip() + "」缺少 end：请在"
                        + (header ? "第 " + (l + 1) + " 行的下一条之前" : "文件末尾") + "加上一行 end"));
            }
            if (header) {
                open = l;
            } else if (t.equals("end") || t.startsWith("end ")) {
                open = -1;
            }
        }
        return out;
    }

    /**
     * The parser's and the compiler's errors of one file in Chinese: errors on a line that has
     * full-width punctuation are folded into the advice about it; the others are explained.
     */
    static List<LoadError> explain(String text, List<LoadError> fullWidth, List<LoadError> drools) {
        List<LoadError> out = new ArrayList<>(fullWidth);
        List<LoadError> ends = drools.isEmpty() ? List.of() : missingEnds(drools.get(0).file(), text);
        if (!ends.isEmpty()) { // the parser's errors all follow from it
            LoadError first = ends.get(0);
            out.add(new LoadError(first.file(), first.line(), first.column(), first.message() + DROOLS + drools.get(0).message()));
            out.addAll(ends.subList(1, ends.size()));
            return out;
        }
        for (LoadError e : drools) {
            int onLine = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).line() == e.line() && out.get(i).message().startsWith("全角字符")) {
                    onLine = i;
                    break;
                }
            }
            if (onLine >= 0) {
                LoadError a = out.get(onLine);
                out.set(onLine, new LoadError(a.file(), a.line(), a.column(), a.message() + DROOLS + e.message()));
            } else {
                out.add(new LoadError(e.file(), e.line(), e.column(), explain(text, e) + DROOLS + e.message()));
            }
        }
        return out;
    }

    private static String explain(String text, LoadError e) {
        String m = e.message();
        Matcher rule = IN_RULE.matcher(m);
        String in = rule.find() ? "（规则「" + (rule.group(1) != null ? rule.group(1) : rule.group(2)) + "」）" : "";
        Matcher field = STRICT_MODE.matcher(m);
        if (field.find()) {
            String type = field.group(1).substring(field.group(1).lastIndexOf('.') + 1);
            List<String> known = fields(field.group(1));
            return type + " 没有字段「" + field.group(2) + "」" + in + Closest.hint(field.group(2), known)
                    + (known.isEmpty() ? "" : "（" + type + " 的字段：" + String.join("、", known) + "；见 docs/rules.md 的事实模型）");
        }
        Matcher input = INPUT.matcher(m);
        if (input.find()) {
            String at = input.group(1).isEmpty() ? "这里" : "「" + input.group(1) + "」";
            int open = openBrackets(text, e.line(), e.column());
            if (open > 0) {
                return "条件少了 " + open + " 个「)」" + in + "：括号没有配对，请在" + at + "之前补上";
            }
            return (open < 0 ? "条件多了 " + (-open) + " 个「)」" + in : at + "处不合规则语法" + in + "：请检查这一处和上一行是否少了逗号、引号或括号");
        }
        return "规则无法编译" + in + "：见下方规则引擎原文；常见原因是字段名写错、比较的值类型不符（数字不加引号，文字加引号）";
    }

    /** Brackets opened and not closed from the start of the rule holding (line, column) up to it; outside quotes and comments. */
    private static int openBrackets(String text, int line, int column) {
        String[] lines = code(text).split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        int start = line - 1;
        while (start > 0 && !lines[start].stripLeading().startsWith("rule ")) {
            start--;
        }
        int depth = 0;
        for (int l = start; l < line; l++) {
            String s = l == line - 1 ? lines[l].substring(0, Math.max(0, Math.min(lines[l].length(), column - 1))) : lines[l];
            depth += s.chars().filter(c -> c == '(').count() - s.chars().filter(c -> c == ')').count();
            if (s.stripLeading().startsWith("then")) {
                break;
            }
        }
        return depth;
    }

    /** A fact type's fields as rules write them: its record components or getters. */
    private static List<String> fields(String className) {
        try {
            Class<?> c = Class.forName(className, false, DrlAdvice.class.getClassLoader());
            if (c.isRecord()) {
                return Arrays.stream(c.getRecordComponents()).map(r -> r.getName()).toList();
            }
            TreeSet<String> names = new TreeSet<>();
            for (Method m : c.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String n = m.getName();
                names.add(n.startsWith("get") && n.length() > 3 ? Character.toLowerCase(n.charAt(3)) + n.substring(4)
                        : n.startsWith("is") && n.length() > 2 ? Character.toLowerCase(n.charAt(2)) + n.substring(3) : n);
            }
            return new ArrayList<>(names);
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }
}
