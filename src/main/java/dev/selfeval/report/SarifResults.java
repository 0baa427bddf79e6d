package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Location;
import dev.selfeval.model.Severity;
import dev.selfeval.model.SourceRef;
import dev.selfeval.model.SweepMember;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * SARIF results, one per finding: ruleId and ruleIndex (into the driver's rules), level from the
 * finding's severity, the Chinese message, where it is, a fingerprint, a waiver as an accepted
 * suppression and the standing against a baseline as {@code baselineState}.
 *
 * <p>Where: {@code physicalLocation.artifactLocation.uri} is the input file as the report names it
 * (relative when it was given so; percent-encoded as a URI). A text file's finding has
 * {@code region.startLine}, its line. SARIF's regions count lines and characters of text and have no
 * sheet or cell, so a finding in a workbook (or a PDF page, a Word table) has no region: the place as
 * the text report writes it ({@code 3-项目!I13}, {@code 第 3 页 第 12 行}) is the location's
 * {@code message}, and the location's {@code properties.source} holds it field by field as the JSON
 * report's {@code source} does (sheet, cell, line, page, table, column). Every finding also has a
 * {@code logicalLocation}: its place in the form ({@code 000_x.txt#3 › 项目资金 › 执行率}).
 */
final class SarifResults {
    private final Map<String, Integer> ruleIndex;

    /** @param ruleIndex each rule id's index in {@code tool.driver.rules} */
    SarifResults(Map<String, Integer> ruleIndex) {
        this.ruleIndex = Map.copyOf(ruleIndex);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** One finding of {@code audit} (null: a finding of the run as a whole) as a result, on one line. */
    String result(Finding x, FormAudit audit) {
        SourceRef where = x.source() != null ? x.source() : audit == null ? null : audit.source();
        return new String(Json.render(false, g -> {
            head(g, x);
            g.writeArrayFieldStart("locations");
            location(g, where, logical(x.formId(), x.location()));
            g.writeEndArray();
            tail(g, x, audit == null ? x.formId() : audit.id());
        }), StandardCharsets.UTF_8);
    }

    /** A finding on a group of forms: one location per form of the group. */
    String crossForm(CrossFormFinding c) {
        Finding x = c.finding();
        return new String(Json.render(false, g -> {
            head(g, x);
            g.writeArrayFieldStart("locations");
            for (SweepMember m : c.group().members()) {
                String name = m.formId() + "「" + (m.projectName() == null ? "（无项目名称）" : m.projectName()) + "」";
                location(g, m.source(), m.formId(), name);
            }
            g.writeEndArray();
            tail(g, x, null);
        }), StandardCharsets.UTF_8);
    }

    private void head(JsonGenerator g, Finding x) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", x.ruleId());
        Integer index = ruleIndex.get(x.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(x.severity()));
        SarifReporter.text(g, "message", x.message() == null || x.message().isEmpty() ? x.ruleId() : x.message());
    }

    private static void tail(JsonGenerator g, Finding x, String formId) throws IOException {
        if (x.fingerprint() != null) {
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField("selfevalFinding/v1", x.fingerprint());
            g.writeEndObject();
        }
        if (x.waiver() != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", x.waiver().reason() + "（批准：" + x.waiver().approver() + "，至 "
                    + x.waiver().expires() + "，" + x.waiver().where() + "）");
            g.writeEndObject();
            g.writeEndArray();
        }
        if (x.baseline() != null) {
            g.writeStringField("baselineState", x.baseline());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", x.severity().name());
        if (formId != null) {
            g.writeStringField("formId", formId);
        }
        value(g, "expected", x.expected());
        value(g, "actual", x.actual());
        if (x.rule() != null) {
            g.writeStringField("rule", x.rule().file() + ":" + x.rule().line());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, String name, Object v) throws IOException {
        if (v instanceof BigDecimal d) {
            g.writeNumberField(name, d);
        } else if (v != null && !v.toString().isEmpty()) {
            g.writeStringField(name, v.toString());
        }
    }

    /** The finding's place in its form, {@code 000_x.txt#3 › 项目资金 › 执行率}; null when there is none. */
    private static String logical(String formId, Location l) {
        String path = l == null ? "" : l.path();
        if (formId == null || formId.isEmpty()) {
            return path.isEmpty() ? null : path;
        }
        return path.isEmpty() ? formId : formId + " › " + path;
    }

    /** A location in {@code s} (null: none in a file) with its place in the form ({@code logical}, or null). */
    static void location(JsonGenerator g, SourceRef s, String logical) throws IOException {
        location(g, s, logical, null);
    }

    private static void location(JsonGenerator g, SourceRef s, String logical, String message) throws IOException {
        g.writeStartObject();
        if (s != null && s.file() != null && !s.file().isEmpty()) {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(s.file()));
            g.writeEndObject();
            if (s.textLine() && s.line() > 0) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", s.line());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        boolean placed = s != null && !s.textLine();
        String text = message == null ? placed ? s.place() : null : placed ? message + " " + s.place() : message;
        if (text != null && !text.isEmpty()) {
            SarifReporter.text(g, "message", text);
        }
        if (logical != null) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", logical);
            g.writeEndObject();
            g.writeEndArray();
        }
        if (placed) {
            g.writeObjectFieldStart("properties");
            AuditJson.source(g, s);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * A file as a URI reference: a relative path stays relative (with {@code /} between folders), an
     * absolute one becomes a {@code file:} URI; every byte outside RFC 3986's path characters
     * (Chinese names, spaces, {@code %}, {@code #}) is percent-encoded as UTF-8.
     */
    static String uri(String file) {
        String path = File.separatorChar == '\\' ? file.replace('\\', '/') : file;
        String prefix = "";
        if (path.matches("^[A-Za-z]:/.*")) {
            prefix = "file:///";
        } else if (path.startsWith("/")) {
            prefix = "file://";
        } else if (path.indexOf(':') >= 0 && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/'))) {
            prefix = "./"; // a first segment with a colon would read as a scheme
        }
        StringBuilder sb = new StringBuilder(prefix);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
