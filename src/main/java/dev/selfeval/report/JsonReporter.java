package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.FormAudit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One JSON document: rules, forms (streamed as they come, one line each), crossForm findings,
 * summary. One Jackson generator writes the document; each form is rendered on its worker's thread
 * and placed as a raw value.
 */
final class JsonReporter implements Reporter<byte[]> {
    static final int SCHEMA_VERSION = 1;

    private final OutputStream out;
    private JsonGenerator g;

    JsonReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        g = Json.generator(out, true);
        g.writeStartObject();
        head(g, run);
        g.writeArrayFieldStart("forms");
    }

    /** The fields every JSON report starts with: the schema version and the rules the run used. */
    static void head(JsonGenerator g, RunInfo run) throws IOException {
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("rules");
        g.writeStringField("dir", run.rulesDir());
        g.writeNumberField("count", run.ruleCount());
        g.writeStringField("fingerprint", run.fingerprint());
        // each rule's own fingerprint: a later run compared with this report names the rules changed since
        g.writeObjectFieldStart("each");
        for (var e : run.ruleHashes().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The form's object on one line. */
    @Override
    public byte[] render(FormAudit audit) {
        return Json.render(false, j -> AuditJson.form(j, audit));
    }

    @Override
    public void write(byte[] form) throws IOException {
        g.writeRawValue(new String(form, StandardCharsets.UTF_8));
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        g.writeEndArray();
        AuditJson.end(g, summary, end);
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }
}
