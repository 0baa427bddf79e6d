package dev.selfeval.cli;

import dev.selfeval.engine.Auditor;
import dev.selfeval.engine.Baseline;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.SweepIndex;
import dev.selfeval.engine.Waivers;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.SourceRef;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.RunEnd;
import dev.selfeval.report.Summary;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Audits files on N worker threads and writes the report in input order: file by file, each
 * file's forms in their order, whatever the thread count. At most a few files per thread are in
 * flight, so memory stays flat however many forms the sweep holds. A file that cannot be read, or
 * a form whose audit fails, costs only itself and is reported.
 */
final class Sweep {
    /** Files in flight per worker thread. */
    private static final int WINDOW_PER_THREAD = 4;

    private final Auditor auditor;
    private final Reporter reporter;
    private final int threads;
    private final Charset encoding;
    private final Waivers waivers;
    private final Baseline baseline;

    /**
     * @param waivers  approved waivers to apply ({@link Waivers#none()} for none)
     * @param baseline an earlier run to compare with, or null
     */
    Sweep(Auditor auditor, Reporter reporter, int threads, Charset encoding, Waivers waivers, Baseline baseline) {
        this.auditor = auditor;
        this.reporter = reporter;
        this.threads = threads;
        this.encoding = encoding;
        this.waivers = waivers;
        this.baseline = baseline;
    }

    /**
     * What one worker made of one file: each form's rendered report and index entry, and the
     * file's summary counts. The forms and their audits are not kept: a file waits here until the
     * files before it are written.
     */
    private record FileWork(int forms, List<byte[]> rendered, List<SweepIndex.Entry> entries, Summary part) {
    }

    Summary run(List<InputFile> files, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, auditor.workerThreads("selfeval-worker"));
        try (SweepIndex index = new SweepIndex()) {
            Deque<Future<FileWork>> pending = new ArrayDeque<>();
            int window = threads * WINDOW_PER_THREAD;
            int written = 0;
            long forms = 0;
            for (int i = 0; i < files.size(); i++) {
                InputFile in = files.get(i);
                pending.add(pool.submit(() -> work(in)));
                while (pending.size() >= window || i == files.size() - 1 && !pending.isEmpty()) {
                    FileWork w = take(pending.poll());
                    forms += write(w, summary, index);
                    written++;
                    if (progress != null) {
                        progress.update(written, forms);
                    }
                }
            }
            List<CrossFormFinding> cross = new ArrayList<>();
            for (CrossFormFinding c : auditor.crossForm(index.groups())) {
                c = waivers.apply(c);
                cross.add(baseline == null ? c : baseline.mark(c));
            }
            List<Finding> onWaivers = new ArrayList<>();
            for (Finding f : auditor.waiverFindings(waivers.checks())) {
                onWaivers.add(baseline == null ? f : baseline.mark(f));
            }
            cross.forEach(summary::add);
            onWaivers.forEach(summary::add);
            List<Baseline.Entry> resolved = baseline == null ? List.of() : baseline.resolved();
            if (baseline != null) {
                summary.resolved(resolved.size());
            }
            summary.elapsed((System.nanoTime() - start) / 1_000_000);
            reporter.end(summary, new RunEnd(cross, onWaivers, resolved, baseline != null));
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    /** On a worker: read the file, audit and render every form, count them for the summary. Never throws. */
    private FileWork work(InputFile in) {
        FileResult r;
        try {
            r = FormReaders.read(in.path(), in.display(), in.idBase(), encoding, auditor.rules().templates());
        } catch (RuntimeException e) {
            r = FileResult.unreadable(in.display(), "读取时出错：" + e, 0);
        }
        Summary part = new Summary();
        part.file();
        List<byte[]> rendered = new ArrayList<>(r.forms().size() + 1);
        if (!r.readable()) {
            part.unreadable(r.file(), r.errorLine(), r.error());
            rendered.add(render(auditor.unreadable(in.idBase(), new SourceRef(r.file(), r.errorLine()),
                    new ReadProblem("PARSE-UNREADABLE", r.errorLine(), "文件", "", "无法读取 " + r.errorMessage())), part));
        }
        List<SweepIndex.Entry> entries = new ArrayList<>(r.forms().size());
        // each form rendered right after its audit, while its facts and findings are still in the cache
        for (Form f : r.forms()) {
            FormAudit a;
            try {
                a = auditor.audit(f);
            } catch (RuntimeException e) {
                a = auditor.failure(f, e);
            }
            rendered.add(render(a, part));
            entries.add(SweepIndex.Entry.of(f));
        }
        return new FileWork(r.forms().size(), rendered, entries, part);
    }

    /** Applies waivers and the baseline to an audit, counts it and renders it. */
    private byte[] render(FormAudit audit, Summary part) {
        FormAudit a = waivers.apply(audit);
        a = baseline == null ? a : baseline.mark(a);
        part.add(a);
        return reporter.render(a);
    }

    /** On the writer: the file's forms in order. Answers the number of forms written. */
    private int write(FileWork w, Summary summary, SweepIndex index) throws IOException {
        summary.merge(w.part());
        for (byte[] line : w.rendered()) {
            reporter.write(line);
        }
        for (SweepIndex.Entry e : w.entries()) {
            index.add(e);
        }
        return w.forms();
    }

    private static FileWork take(Future<FileWork> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }
}
