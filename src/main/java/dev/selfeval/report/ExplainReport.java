package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.explain.Explanation;
import dev.selfeval.engine.explain.Trace;
import dev.selfeval.engine.explain.WhyNot;
import dev.selfeval.model.Form;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Writes {@code explain} output: the ledger table, the trace, and the asked items, as text or JSON; as
 * HTML, the forms' pages of the audit report (header, totals, ledger, findings).
 */
public final class ExplainReport {
    public static final List<String> FORMATS = List.of("text", "json", "html");

    private ExplainReport() {
    }

    public static void write(String format, OutputStream os, RunInfo run, List<Explanation> explanations) throws IOException {
        if (format.equals("json")) {
            json(os, run, explanations);
        } else if (format.equals("html")) {
            html(os, run, explanations);
        } else {
            text(Show.safeLines(os), explanations);
        }
    }

    private static void html(OutputStream os, RunInfo run, List<Explanation> explanations) throws IOException {
        Reporters.alone(new HtmlReporter(os, null, Math.max(1, explanations.size())), run,
                explanations.stream().map(Explanation::audit).toList());
    }

    private static void text(PrintStream out, List<Explanation> explanations) {
        for (Explanation e : explanations) {
            Form f = e.audit().form();
            out.println(e.audit().id() + "  " + Show.orDash(f.projectName()) + "（" + f.source() + "）");
            out.println();
            if (e.items().isEmpty()) {
                LedgerText.print(out, e.ledger(), f);
            }
            for (Explanation.ItemView v : e.items()) {
                LedgerText.rows(out, List.of(v.row()), f);
                out.println();
                out.println("  触发的规则（本项）");
                for (Trace.Firing x : v.fired()) {
                    out.println("    " + x.ruleId() + " " + x.ruleName());
                }
                out.println("  未触发的规则（本项）");
                for (WhyNot.Held h : v.held()) {
                    out.println("    " + h.rule().id() + " " + h.rule().name() + "：" + h.reason());
                }
                out.println();
            }
            if (e.trace() != null) {
                out.println("  规则触发顺序（--trace）");
                for (Trace.Firing x : e.trace()) {
                    out.println("    " + Width.padLeft(String.valueOf(x.order()), 3) + "  " + x.ruleId() + " " + x.ruleName()
                            + "  ← " + String.join("，", x.describedFacts(e.audit().form())));
                }
                out.println();
            }
        }
        out.flush();
    }

    private static void json(OutputStream os, RunInfo run, List<Explanation> explanations) throws IOException {
        JsonGenerator g = Json.generator(os, true);
        g.writeStartObject();
        JsonReporter.head(g, run);
        g.writeArrayFieldStart("forms");
        for (Explanation e : explanations) {
            g.writeStartObject();
            g.writeStringField("id", e.audit().id());
            g.writeStringField("projectName", e.audit().form().projectName());
            AuditJson.ledger(g, e.ledger(), e.audit().form());
            if (e.trace() != null) {
                g.writeArrayFieldStart("trace");
                for (Trace.Firing x : e.trace()) {
                    firing(g, x, e.audit().form());
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("items");
            for (Explanation.ItemView v : e.items()) {
                g.writeStartObject();
                g.writeNumberField("index", v.row().index());
                g.writeStringField("item", v.row().item());
                g.writeArrayFieldStart("fired");
                for (Trace.Firing x : v.fired()) {
                    firing(g, x, e.audit().form());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notFired");
                for (WhyNot.Held h : v.held()) {
                    g.writeStartObject();
                    g.writeStringField("ruleId", h.rule().id());
                    g.writeStringField("rule", h.rule().name());
                    g.writeStringField("reason", h.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        os.write('\n');
        os.flush();
    }

    private static void firing(JsonGenerator g, Trace.Firing x, dev.selfeval.model.Form form) throws IOException {
        g.writeStartObject();
        g.writeNumberField("order", x.order());
        g.writeStringField("ruleId", x.ruleId());
        g.writeStringField("rule", x.ruleName());
        g.writeArrayFieldStart("facts");
        for (String s : x.describedFacts(form)) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
