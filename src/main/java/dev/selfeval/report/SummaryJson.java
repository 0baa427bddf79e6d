package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.util.Map;

/** A run's summary in the JSON reports: files, forms, unreadable files, findings by severity and rule, grades, departments, timing. */
final class SummaryJson {
    private SummaryJson() {
    }

    static void write(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("forms", s.forms());
        g.writeNumberField("unreadable", s.unreadable().size());
        g.writeArrayFieldStart("unreadableFiles");
        for (Summary.Unreadable u : s.unreadable()) {
            g.writeStartObject();
            g.writeStringField("file", u.file());
            g.writeNumberField("line", u.line());
            g.writeStringField("reason", u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skippedFiles");
        for (String f : s.skipped()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("findings");
        for (Severity sev : Severity.values()) {
            g.writeFieldName(sev.name());
            g.writeNumber(s.count(sev));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("waived");
        for (Severity sev : Severity.values()) {
            g.writeFieldName(sev.name());
            g.writeNumber(s.waived(sev));
        }
        g.writeEndObject();
        if (!s.baseline().isEmpty()) {
            counts(g, "baseline", s.baseline());
        }
        counts(g, "byRule", s.byRule());
        counts(g, "grades", s.grades());
        g.writeArrayFieldStart("departments");
        for (Summary.Department d : s.departments()) {
            g.writeStartObject();
            g.writeStringField("name", d.name());
            g.writeNumberField("forms", d.forms());
            g.writeNumberField("errors", d.errors());
            g.writeNumberField("warnings", d.warnings());
            g.writeEndObject();
        }
        g.writeEndArray();
        // the timing fields: the only ones that differ between two runs of one sweep
        g.writeNumberField("elapsedSeconds", s.elapsedMillis() / 1000.0);
        g.writeNumberField("formsPerSecond", Math.round(s.formsPerSecond()));
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Integer> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeNumber(e.getValue());
        }
        g.writeEndObject();
    }
}
