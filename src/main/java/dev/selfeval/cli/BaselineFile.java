package dev.selfeval.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.engine.run.Baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the findings of an earlier JSON or JSONL report, streaming (a report of a million forms does
 * not fit in memory as a tree): every object with a {@code fingerprint} and a {@code ruleId} is a
 * finding; the form id comes from the enclosing form object.
 */
final class BaselineFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BaselineFile() {
    }

    /** A file that is no complete JSON or JSONL report of this tool. */
    static final class NotAReport extends Exception {
        NotAReport(String message) {
            super(message);
        }
    }

    private static final String FORMATS = "--baseline 只接受本工具 --format json 或 --format jsonl 写出的完整报告";

    static Baseline read(Path file) throws IOException, NotAReport {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new NotAReport(Files.isDirectory(file) ? "是文件夹，不是报告文件"
                    : "不是普通文件（命名管道、设备或套接字），未读取，以免一直等待；" + FORMATS);
        }
        if (Files.size(file) == 0) {
            throw new NotAReport("文件为空；" + FORMATS);
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        java.util.Map<String, String> ruleHashes = new java.util.TreeMap<>();
        boolean summary;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
            try {
                summary = findings(p, entries, ruleHashes);
            } catch (JsonProcessingException e) {
                // past Jackson's limits (nesting 1,000 deep, a number of 1,000 digits) is no report either
                int line = (e.getLocation() != null ? e.getLocation() : p.currentLocation()).getLineNr();
                throw new NotAReport("不是 JSON 或 JSONL 报告（第 " + line + " 行" + (e instanceof StreamConstraintsException
                        ? "：嵌套层数或数字位数超出报告会有的范围" : "读不下去") + "）；" + FORMATS);
            }
        }
        if (!summary) {
            throw new NotAReport("没有 summary，不是完整的报告（可能被截断，或是别的 JSON 文件）；" + FORMATS);
        }
        return new Baseline(file.toString().replace('\\', '/'), entries, ruleHashes);
    }

    /** Adds the findings of the report to {@code entries} and its rules' own fingerprints to {@code ruleHashes}; whether it has its summary. */
    private static boolean findings(JsonParser p, List<Baseline.Entry> entries, java.util.Map<String, String> ruleHashes)
            throws IOException {
        boolean summary = false;
        String formId = null;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.FIELD_NAME && p.currentName().equals("summary") && p.getParsingContext().getParent().inRoot()) {
                summary = true;
            } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("rules") && p.getParsingContext().getParent().inRoot()) {
                if (p.nextToken() == JsonToken.START_OBJECT) { // the run's rules, with each rule's own fingerprint
                    JsonNode rules = MAPPER.readTree(p);
                    rules.path("each").fields().forEachRemaining(e -> ruleHashes.put(e.getKey(), e.getValue().asText()));
                    // a report from before each rule's fingerprint was kept says nothing of its rules one by one
                    if (rules.has("each") && rules.hasNonNull("fingerprint")) {
                        ruleHashes.put(Baseline.WHOLE, rules.get("fingerprint").asText());
                    }
                }
            } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("id") && formObject(p)) {
                p.nextToken();
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    formId = p.getText();
                }
            } else if (t == JsonToken.FIELD_NAME && (p.currentName().equals("findings") || p.currentName().equals("crossForm")
                    || p.currentName().equals("waivers"))) {
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        add(entries, MAPPER.readTree(p), formId);
                    }
                } else if (p.currentToken() == JsonToken.START_OBJECT) {
                    add(entries, MAPPER.readTree(p), formId);
                }
            }
        }
        return summary;
    }

    /** An {@code id} field of a form: of a JSONL line, or of an object in the JSON report's {@code forms}. */
    private static boolean formObject(JsonParser p) {
        var object = p.getParsingContext();
        var parent = object.getParent();
        return parent != null && (parent.inRoot()
                || parent.inArray() && parent.getParent() != null && "forms".equals(parent.getParent().getCurrentName()));
    }

    private static void add(List<Baseline.Entry> entries, JsonNode f, String formId) {
        if (f.hasNonNull("fingerprint") && f.hasNonNull("ruleId")) {
            String forms = f.has("forms") ? String.join(";", texts(f.get("forms"))) : formId;
            entries.add(new Baseline.Entry(f.get("fingerprint").asText(), f.get("ruleId").asText(),
                    f.path("severity").asText(null), forms, f.path("message").asText(null)));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
