package dev.selfeval.report;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One JSON object per line: each form as in the JSON report's {@code forms}, then one
 * {@code {"crossForm": …}} line per cross-form finding, then {@code {"summary": …}} last.
 */
final class JsonlReporter implements Reporter {
    private final OutputStream out;

    JsonlReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        out.write(Json.render(false, g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonReporter.SCHEMA_VERSION);
            JsonReporter.rules(g, run);
            g.writeEndObject();
        }));
        out.write('\n');
    }

    @Override
    public byte[] render(FormAudit audit) {
        byte[] json = Json.render(false, g -> AuditJson.form(g, audit));
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    @Override
    public void write(byte[] form) throws IOException {
        out.write(form);
    }

    @Override
    public void end(Summary summary, List<CrossFormFinding> crossForm) throws IOException {
        for (CrossFormFinding c : crossForm) {
            out.write(Json.render(false, g -> {
                g.writeStartObject();
                g.writeFieldName("crossForm");
                AuditJson.crossForm(g, c);
                g.writeEndObject();
            }));
            out.write('\n');
        }
        out.write(Json.render(false, g -> {
            g.writeStartObject();
            AuditJson.summary(g, summary);
            g.writeEndObject();
        }));
        out.write('\n');
        out.flush();
    }
}
