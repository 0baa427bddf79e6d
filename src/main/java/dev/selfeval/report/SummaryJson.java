package dev.selfeval.report;

import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.util.Map;

/** A run's summary in the JSON reports: files, forms, unreadable files, findings by severity and rule, grades, departments, timing. */
final class SummaryJson {
    private SummaryJson() {
    }

    static void write(ReportJson g, Summary s) throws IOException {
        g.writeObjectFieldStart(JsonKey.summary);
        g.writeNumberField(JsonKey.files, s.files());
        g.writeNumberField(JsonKey.forms, s.forms());
        g.writeNumberField(JsonKey.unreadable, s.unreadable().size());
        g.writeArrayFieldStart(JsonKey.unreadableFiles);
        for (Summary.Unreadable u : s.unreadable()) {
            g.writeStartObject();
            g.writeStringField(JsonKey.file, u.file());
            g.writeNumberField(JsonKey.line, u.line());
            g.writeStringField(JsonKey.reason, u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart(JsonKey.skippedFiles);
        for (String f : s.skipped()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeObjectFieldStart(JsonKey.findings);
        for (Severity sev : Severity.values()) {
            g.writeFieldName(sev.name());
            g.writeNumber(s.count(sev));
        }
        g.writeEndObject();
        g.writeObjectFieldStart(JsonKey.waived);
        for (Severity sev : Severity.values()) {
            g.writeFieldName(sev.name());
            g.writeNumber(s.waived(sev));
        }
        g.writeEndObject();
        if (!s.baseline().isEmpty()) {
            counts(g, JsonKey.baseline, s.baseline());
        }
        counts(g, JsonKey.byRule, s.byRule());
        counts(g, JsonKey.grades, s.grades());
        g.writeArrayFieldStart(JsonKey.departments);
        for (Summary.Department d : s.departments()) {
            g.writeStartObject();
            g.writeStringField(JsonKey.name, d.name());
            g.writeNumberField(JsonKey.forms, d.forms());
            g.writeNumberField(JsonKey.errors, d.errors());
            g.writeNumberField(JsonKey.warnings, d.warnings());
            g.writeEndObject();
        }
        g.writeEndArray();
        // the timing fields: the only ones that differ between two runs of one sweep
        g.writeNumberField(JsonKey.elapsedSeconds, s.elapsedMillis() / 1000.0);
        g.writeNumberField(JsonKey.formsPerSecond, Math.round(s.formsPerSecond()));
        g.writeEndObject();
    }

    private static void counts(ReportJson g, JsonKey name, Map<String, Integer> m) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeNumber(e.getValue());
        }
        g.writeEndObject();
    }
}
