package dev.selfeval.web;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.Reporters;
import dev.selfeval.report.RunInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reports to download: a saved run's in any report format, made again from its input folder by the
 * rules in force on the shared pipeline (the page refuses when those rules are not the run's), and one
 * form's as HTML, a workbook or JSON.
 */
final class Downloads {
    /** What a format is sent as: its media type and file extension. */
    record Kind(String mediaType, String extension) {
    }

    static final Map<String, Kind> KINDS = Map.of(
            "html", new Kind("text/html; charset=utf-8", "html"),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            "csv", new Kind("text/csv; charset=utf-8", "csv"),
            "json", new Kind("application/json", "json"),
            "jsonl", new Kind("application/x-ndjson", "jsonl"),
            "junit", new Kind("application/xml", "xml"),
            "sarif", new Kind("application/sarif+json", "sarif"),
            "text", new Kind("text/plain; charset=utf-8", "txt"));

    /** The formats a run's report is offered in: every report format but the terminal's text. */
    static final List<String> RUN_FORMATS = dev.selfeval.report.Reporters.NAMES.stream().filter(f -> !f.equals("text")).toList();

    /** The formats one form is offered in. */
    static final List<String> FORM_FORMATS = List.of("html", "xlsx", "json");

    private final RuleSet rules;
    private final int threads;
    private final ApprovedWaivers waivers;
    /** One report made again at a time: each is a whole sweep. */
    private static final java.util.concurrent.Semaphore MAKING = new java.util.concurrent.Semaphore(1);

    Downloads(RuleSet rules, int threads, ApprovedWaivers waivers) {
        this.rules = rules;
        this.threads = threads;
        this.waivers = waivers;
    }

    /**
     * A whole run's report, from its folder's files; a sweep of its own (its own watchdog: a sweep
     * replaces the workers its watchdog gives up, and must not hear of another sweep's).
     */
    void run(Path folder, String format, OutputStream out) throws IOException, InterruptedException {
        if (!MAKING.tryAcquire(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new Guard.Refused(429, "另一份报告正在生成，请稍后再下载");
        }
        try {
            Waivers applied = waivers.forRun(rules);
            Reporter<?> report = Reporters.create(format, out, false);
            report.begin(RunInfo.of(rules));
            RunJobs.sweep(rules, folder, report, applied, threads);
        } catch (dev.selfeval.engine.run.WaiverFile.Invalid e) {
            throw new Guard.Refused(409, "豁免文件无法使用，报告未生成：" + e.getMessage());
        } finally {
            MAKING.release();
        }
        out.flush();
    }

    /** One form's report. */
    void form(FormAudit audit, String format, OutputStream out) throws IOException {
        Reporters.alone(Reporters.create(format, out, false), RunInfo.of(rules), List.of(audit));
        out.flush();
    }

}
