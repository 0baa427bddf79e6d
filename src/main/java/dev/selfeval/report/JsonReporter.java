package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.FormAudit;

import java.io.IOException;
import java.io.OutputStream;

/** One JSON document: rules, forms (streamed as they come), summary. */
final class JsonReporter implements Reporter {
    static final int SCHEMA_VERSION = 1;

    private final JsonGenerator g;

    JsonReporter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("rules");
        g.writeStringField("dir", run.rulesDir());
        g.writeNumberField("count", run.ruleCount());
        g.writeStringField("fingerprint", run.fingerprint());
        g.writeEndObject();
        g.writeArrayFieldStart("forms");
    }

    @Override
    public void form(FormAudit audit) throws IOException {
        AuditJson.form(g, audit);
    }

    @Override
    public void end(Summary summary) throws IOException {
        g.writeEndArray();
        AuditJson.summary(g, summary);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
