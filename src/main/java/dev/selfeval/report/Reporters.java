package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The report formats by name: the one place that lists them, for --format and its help. */
public final class Reporters {
    public static final List<String> NAMES = List.of("text", "json", "jsonl", "csv", "html", "xlsx", "junit", "sarif");

    /** Formats that are not text lines: never written to a terminal. */
    public static final List<String> BINARY = List.of("xlsx");

    /** Formats not meant to be read on a terminal: binary files, and pages for a browser. */
    public static final List<String> NOT_FOR_TERMINAL = List.of("xlsx", "html");

    /**
     * Which forms an HTML report shows in full: all of a run of at most {@code maxForms} forms; of a
     * bigger run, those with a finding at {@code detail} or above (null: any form), at most {@code maxForms}.
     */
    public record HtmlDetail(Severity detail, int maxForms) {
        public static final HtmlDetail DEFAULT = new HtmlDetail(Severity.WARNING, 500);
    }

    private Reporters() {
    }

    /** The report of a run of these forms alone, as a sweep writes one: the run, each form, their summary. */
    public static <R> void alone(Reporter<R> report, RunInfo run, List<FormAudit> audits) throws IOException {
        report.begin(run);
        Summary summary = new Summary();
        summary.file();
        for (FormAudit a : audits) {
            summary.add(a);
            report.write(report.render(a));
        }
        report.end(summary, RunEnd.of(List.of()));
    }

    public static Reporter<?> create(String format, OutputStream out, boolean color) {
        return create(format, out, color, HtmlDetail.DEFAULT);
    }

    /**
     * @param color whether the text report may use ANSI colours (a terminal, no NO_COLOR)
     */
    public static Reporter<?> create(String format, OutputStream out, boolean color, HtmlDetail html) {
        return switch (format) {
            case "text" -> new TextReporter(out, color);
            case "json" -> new JsonReporter(out);
            case "jsonl" -> new JsonlReporter(out);
            case "csv" -> new CsvReporter(out);
            case "html" -> new HtmlReporter(out, html.detail(), html.maxForms());
            case "xlsx" -> new XlsxReporter(out);
            case "junit" -> new JunitReporter(out);
            case "sarif" -> new SarifReporter(out);
            default -> throw new IllegalArgumentException("unknown format " + format + "; known: " + NAMES);
        };
    }
}
