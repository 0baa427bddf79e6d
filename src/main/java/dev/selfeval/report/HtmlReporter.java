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
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One self-contained HTML page (inline CSS, JS and SVG; no network): the table of every form, worst
 * first, then the run's overview with charts, then each form with its ledger and findings. Laid out by
 * the Mustache templates in {@code resources/dev/selfeval/report/html/}, which escape every value. A
 * run of at most {@code maxForms} forms shows every form in full; a bigger one shows in full the
 * {@code maxForms} worst forms ({@link WorstFirst}) among those whose findings reach {@code detail}
 * (null: every form), and says how many it left out. The table lists every form.
 */
final class HtmlReporter implements Reporter<HtmlReporter.Kept> {
    private static final String DIR = "dev/selfeval/report/html/";
    private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory(DIR);
    private static final Mustache PAGE = TEMPLATES.compile("page.mustache");
    static final Mustache FORM = TEMPLATES.compile("form.mustache");

    /** What the writer needs of a form besides its rendered section: its table row and its rules, for the filters. */
    record Head(FormRow row, String anchor, String rules) {
    }

    /** A form rendered: its head, and its section of the page. */
    record Kept(Head head, String section) {
    }

    /** A form in the running: its section and its place in the order. */
    private record Held(Kept kept, WorstFirst.Ranked rank) {
    }

    private final OutputStream out;
    private final Severity detail;
    private final int maxForms;
    private final HtmlCharts charts = new HtmlCharts();
    /** Every form's head, for the table, with its place in the input. */
    private final List<Placed> heads = new ArrayList<>();

    /** A form's head and its place in the order. */
    private record Placed(Head head, WorstFirst.Ranked rank) {
    }
    /** The worst forms so far, at most maxForms, the least bad at the head (the first to go). */
    private final PriorityQueue<Held> detailed;
    private RunInfo run;

    HtmlReporter(OutputStream out, Severity detail, int maxForms) {
        this.out = out;
        this.detail = detail;
        this.maxForms = maxForms;
        this.detailed = new PriorityQueue<>(Comparator.comparing(Held::rank, WorstFirst.ORDER).reversed());
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
        charts.add(head.row());
        Held held = new Held(form, new WorstFirst.Ranked(head.row(), heads.size()));
        heads.add(new Placed(head, held.rank()));
        detailed.add(held);
        if (detailed.size() > maxForms) {
            detailed.poll();
        }
    }

    private boolean reaches(FormRow row) {
        return detail == null || row.worst() != null && row.worst().atLeast(detail);
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        boolean big = heads.size() > maxForms;
        List<Held> shown = new ArrayList<>(detailed.stream().filter(h -> !big || reaches(h.rank().row())).toList());
        shown.sort(Comparator.comparingInt(h -> h.rank().seq())); // the sections in input order
        int reaching = big ? (int) heads.stream().filter(h -> reaches(h.rank().row())).count() : heads.size();
        List<Placed> table = new ArrayList<>(heads);
        table.sort(Comparator.comparing(Placed::rank, WorstFirst.ORDER));
        java.util.Set<String> inFull = new java.util.HashSet<>();
        shown.forEach(h -> inFull.add(h.kept().head().anchor()));
        HtmlPage page = HtmlPage.of(run, summary, end, charts, table.stream().map(Placed::head).toList(), inFull,
                shown.stream().map(h -> h.kept().section()).toList(), heads.size() - reaching, reaching - shown.size(),
                detail, maxForms, resource("style.css"), resource("filter.js"));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        PAGE.execute(w, page);
        w.flush();
    }

    static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getClassLoader().getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
