package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One JSON document: rules, forms (streamed as they come), crossForm findings, summary. */
final class JsonReporter implements Reporter {
    static final int SCHEMA_VERSION = 1;
    private static final String INDENT = "    ";
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = ",\n".getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private boolean first = true;

    JsonReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        byte[] head = Json.render(true, g -> {
            g.writeStartObject();
            head(g, run);
            g.writeEndObject();
        });
        String text = new String(head, StandardCharsets.UTF_8);
        out.write((text.substring(0, text.lastIndexOf('}')).stripTrailing() + ",\n  \"forms\": [").getBytes(StandardCharsets.UTF_8));
    }

    /** The fields every JSON report starts with: the schema version and the rules the run used. */
    static void head(JsonOut g, RunInfo run) throws IOException {
        g.writeNumberField(JsonKey.schemaVersion, SCHEMA_VERSION);
        g.writeObjectFieldStart(JsonKey.rules);
        g.writeStringField(JsonKey.dir, run.rulesDir());
        g.writeNumberField(JsonKey.count, run.ruleCount());
        g.writeStringField(JsonKey.fingerprint, run.fingerprint());
        g.writeEndObject();
    }

    /** The form's object, indented to sit inside the forms array. */
    @Override
    public byte[] render(FormAudit audit) {
        String text = new String(Json.render(true, g -> AuditJson.form(g, audit)), StandardCharsets.UTF_8);
        return (INDENT + text.replace("\n", "\n" + INDENT)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(byte[] form) throws IOException {
        out.write(first ? NEWLINE : COMMA);
        first = false;
        out.write(form);
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        byte[] tail = Json.render(true, g -> {
            g.writeStartObject();
            AuditJson.end(g, summary, end);
            g.writeEndObject();
        });
        String text = new String(tail, StandardCharsets.UTF_8);
        out.write(((first ? "" : "\n  ") + "],\n" + text.substring(text.indexOf('{') + 1).stripLeading().replaceFirst("^", "  ") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
