package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Finding;
import dev.selfeval.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * SARIF 2.1.0, for code-review tools (GitHub code scanning, IDE viewers): one run whose
 * {@code tool.driver.rules} are every rule of the rule set (title, basis, default level), then one
 * result per finding ({@link SarifResults} says how a finding is placed), then the invocation (whether
 * every file was read; one notification per file that was not) and, in the run's {@code properties},
 * the rules' folder, count and fingerprint and the summary as the JSON report has it. One Jackson
 * generator writes the log; each form's results are rendered on its worker and placed as raw values.
 * Findings resolved since a baseline are not results (SARIF's "absent" results would be shown as
 * alerts by some tools); their count is in the summary.
 */
final class SarifReporter implements Reporter<List<String>> {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final OutputStream out;
    private JsonGenerator g;
    private SarifResults results;
    private RunInfo run;
    private Instant started;

    SarifReporter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        this.run = run;
        this.started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < run.rules().size(); i++) {
            index.putIfAbsent(run.rules().get(i).id(), i);
        }
        results = new SarifResults(index);
        g = Json.generator(out, true);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "selfeval");
        g.writeStringField("version", version());
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : run.rules()) {
            rule(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    /** A rule as SARIF describes it: id, name and short description its title, full description and help its basis. */
    private static void rule(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        text(g, "shortDescription", r.name());
        if (r.basis() != null && !r.basis().isBlank()) {
            text(g, "fullDescription", r.basis());
            text(g, "help", "依据：" + r.basis() + "（规则写在 " + r.file() + ":" + r.line() + "）");
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", SarifResults.level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", r.severity().name());
        g.writeStringField("file", r.file());
        g.writeNumberField("line", r.line());
        g.writeEndObject();
        g.writeEndObject();
    }

    static void text(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    @Override
    public List<String> render(FormAudit audit) {
        return audit.findings().stream().map(x -> results.result(x, audit)).toList();
    }

    @Override
    public void write(List<String> form) throws IOException {
        for (String result : form) {
            g.writeRawValue(result);
        }
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        for (CrossFormFinding c : end.crossForm()) {
            g.writeRawValue(results.crossForm(c));
        }
        for (Finding f : end.waivers()) {
            g.writeRawValue(results.result(f, null));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", summary.unreadable().isEmpty());
        g.writeStringField("startTimeUtc", started.toString());
        g.writeStringField("endTimeUtc", started.plusMillis(summary.elapsedMillis()).toString());
        if (!summary.unreadable().isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (Summary.Unreadable u : summary.unreadable()) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                text(g, "message", "无法读取：" + u.reason());
                g.writeArrayFieldStart("locations");
                SarifResults.location(g, new SourceRef(u.file(), u.line()), null);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("rules");
        g.writeStringField("dir", run.rulesDir());
        g.writeNumberField("count", run.ruleCount());
        g.writeStringField("fingerprint", run.fingerprint());
        g.writeEndObject();
        SummaryJson.write(g, summary);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    /** This build's version, as Maven wrote it into {@code selfeval-version.properties}. */
    private static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SarifReporter.class.getResourceAsStream("/selfeval-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "unknown");
    }
}
