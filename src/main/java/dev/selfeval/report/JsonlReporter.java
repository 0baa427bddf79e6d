package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per line: the rules; each form as in the JSON report's {@code forms}; then one
 * {@code {"crossForm": …}}, {@code {"waiver": …}} or {@code {"resolved": …}} line per finding of the
 * run as a whole; {@code {"summary": …}} last.
 */
final class JsonlReporter implements Reporter<byte[]> {
    private final OutputStream out;

    JsonlReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        out.write(Json.render(false, g -> {
            g.writeStartObject();
            JsonReporter.head(g, run);
            g.writeEndObject();
        }));
        out.write('\n');
    }

    @Override
    public byte[] render(FormAudit audit) {
        return Json.line(g -> AuditJson.form(g, audit));
    }

    @Override
    public void write(byte[] form) throws IOException {
        out.write(form);
    }

    /** One line holding one object with the given fields. */
    private void line(Json.Writer fields) throws IOException {
        out.write(Json.render(false, g -> {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }));
        out.write('\n');
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        for (CrossFormFinding c : end.crossForm()) {
            line(g -> {
                g.writeFieldName("crossForm");
                AuditJson.crossForm(g, c);
            });
        }
        for (Finding f : end.waivers()) {
            line(g -> {
                g.writeFieldName("waiver");
                AuditJson.finding(g, f);
            });
        }
        for (var e : end.resolved()) {
            line(g -> {
                g.writeFieldName("resolved");
                AuditJson.resolved(g, e);
            });
        }
        out.write(Json.render(false, g -> {
            g.writeStartObject();
            SummaryJson.write(g, summary);
            g.writeEndObject();
        }));
        out.write('\n');
        out.flush();
    }
}
