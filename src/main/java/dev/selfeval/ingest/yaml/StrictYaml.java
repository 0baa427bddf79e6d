package dev.selfeval.ingest.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML (or JSON) file the people who run the tool write by hand — parameters, waivers,
 * rule test cases — into a record: unknown names and values of the wrong kind are refused with
 * their line, and the line of every field is kept for later checks. Plain data only: no YAML tags.
 */
public final class StrictYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Jackson's words for a name written twice in one mapping (STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    /** The record read, and the line of each field by dotted path ({@code budget.lowExecution}). */
    public record Parsed<T>(T value, Map<String, Integer> lines) {
    }

    /** What is wrong, with its line (and column when known; 0 otherwise). */
    public static final class Invalid extends Exception {
        private final int line;
        private final int column;

        Invalid(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** {@code line} or {@code line:column}, for {@code file:line:column: message}. */
        public String at() {
            return line + (column > 0 ? ":" + column : "");
        }

        /** The message naming what kind of file it is when YAML itself failed ({@code 参数格式错误：…}). */
        public String message(String kind) {
            return getMessage().startsWith(FORMAT) ? kind + getMessage() : getMessage();
        }
    }

    private static final String FORMAT = "格式错误";

    private StrictYaml() {
    }

    /**
     * @param where how to name the top level in messages ({@code 参数文件顶层})
     * @return the record, null when the text is empty
     */
    public static <T> Parsed<T> read(String text, Class<T> type, String where) throws Invalid {
        typing(text);
        Map<String, Integer> lines = Map.of();
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() != null) {
                lines = StrictFields.check(p, type, where);
            }
        } catch (IOException e) {
            // a syntax error: reported below, where Jackson gives its position
        }
        try {
            return new Parsed<>(YAML.readValue(text, type), lines);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new Invalid(FORMAT + "：" + describe(e), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr());
        }
    }

    /** What a value of the wrong kind is, in the words of the person who wrote the file. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return (at(f).isEmpty() ? "" : at(f) + "中的") + "「" + f.getValue() + "」不是可用的值，可用：" + java.util.Arrays.stream(
                    f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String kind = kind(m.getTargetType());
            Object given = m instanceof InvalidFormatException f ? f.getValue() : null;
            if (kind.equals("数字") && given != null && PERCENT.matcher(given.toString().strip()).matches()) {
                return at(m) + "应为数字（百分数写 " + given.toString().strip().replaceAll("\\s*[%％]$", "") + "，不带 %）";
            }
            return at(m) + "应为" + kind + (given == null ? "" : "，写的是「" + given + "」");
        }
        Matcher dup = DUPLICATE.matcher(e.getOriginalMessage());
        if (dup.find()) {
            return "「" + dup.group(1) + "」写了两次：只保留一个";
        }
        return "YAML 语法有误（" + e.getOriginalMessage() + "）";
    }

    /** A number written with a percent sign: {@code 90%}. */
    private static final Pattern PERCENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?\\s*[%％]");

    /**
     * Mistakes of typing that YAML's own message would hide: a tab in the indentation, a full-width
     * colon after a name (a Chinese input method's), each at its line and column.
     */
    private static void typing(String text) throws Invalid {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int indent = 0;
            while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                if (l.charAt(indent) == '\t') {
                    throw new Invalid("第 " + (i + 1) + " 行用制表符（Tab）缩进：YAML 只认空格缩进，请把 Tab 换成空格（与上下行对齐）",
                            i + 1, indent + 1);
                }
                indent++;
            }
            Matcher colon = FULL_WIDTH_COLON.matcher(l);
            if (colon.lookingAt()) {
                throw new Invalid("「" + colon.group(1).strip() + "」后面是全角冒号「：」：请改为半角「:」并在其后空一格，如 "
                        + colon.group(1).strip() + ": …", i + 1, colon.end(1) + 1);
            }
        }
    }

    /**
     * A name as the files' names are written (Latin letters, digits, _ . -), possibly after {@code - },
     * followed by a full-width colon: a text value such as {@code - 其中：当年财政拨款} is not one.
     */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*：");

    private static String at(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "「" + path.replace(".[", "[") + "」";
    }

    private static String kind(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "列表，如 [甲, 乙]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "映射（下一级的“名称: 值”）";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "数字";
        }
        return "一段文字";
    }
}
