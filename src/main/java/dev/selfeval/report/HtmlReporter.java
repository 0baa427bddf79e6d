package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page (inline CSS, JS and SVG; no network): the run's overview with charts,
 * a table of forms, and each form with its ledger and findings. Laid out by the Mustache templates in
 * {@code resources/dev/selfeval/report/html/}, which escape every value. A run of at most
 * {@code maxForms} forms shows every form; a bigger one shows the forms whose findings reach
 * {@code detail} (null: every form), at most {@code maxForms}, and says how many it left out.
 */
final class HtmlReporter implements Reporter<HtmlReporter.Kept> {
    private static final String DIR = "dev/selfeval/report/html/";
    private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory(DIR);
    private static final Mustache PAGE = TEMPLATES.compile("page.mustache");
    private static final Mustache FORM = TEMPLATES.compile("form.mustache");

    /** What the writer needs of a form besides its rendered section: its table row and its rules, for the filters. */
    record Head(FormRow row, String anchor, String rules) {
    }

    /** A form rendered: its head, and its section of the page. */
    record Kept(Head head, String section) {
    }

    private final OutputStream out;
    private final Severity detail;
    private final int maxForms;
    private final HtmlCharts charts = new HtmlCharts();
    private final List<Kept> kept = new ArrayList<>();
    private RunInfo run;
    private int seen;
    private boolean trimmed;
    private int overCap;

    HtmlReporter(OutputStream out, Severity detail, int maxForms) {
        this.out = out;
        this.detail = detail;
        this.maxForms = maxForms;
    }

    @Override
    public void begin(RunInfo run) {
        this.run = run;
    }

    @Override
    public Kept render(FormAudit audit) {
        FormRow row = FormRow.of(audit);
        HtmlForm form = HtmlForm.of(audit, row.worst());
        StringWriter w = new StringWriter(8192);
        FORM.execute(w, form);
        return new Kept(new Head(row, form.anchor(), form.rules()), w.toString());
    }

    @Override
    public void write(Kept form) {
        Head head = form.head();
        charts.add(head.row().statedTotal(), head.row().recomputedTotal());
        seen++;
        if (seen > maxForms && !trimmed) {
            kept.removeIf(k -> !reaches(k.head().row()));
            trimmed = true;
        }
        if (!trimmed || reaches(head.row()) && kept.size() < maxForms) {
            kept.add(form);
        } else if (reaches(head.row())) {
            overCap++;
        }
    }

    private boolean reaches(FormRow row) {
        return detail == null || row.worst() != null && row.worst().atLeast(detail);
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        HtmlPage page = HtmlPage.of(run, summary, end, charts, kept.stream().map(Kept::head).toList(),
                kept.stream().map(Kept::section).toList(), trimmed ? seen - kept.size() - overCap : 0, overCap,
                detail, maxForms, resource("style.css"), resource("filter.js"));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        PAGE.execute(w, page);
        w.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getClassLoader().getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
