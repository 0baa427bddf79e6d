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
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /**
     * One file in flight. When the worker auditing it is given up (a rule stuck in a loop), the
     * file is read and audited again by a fresh worker, the stuck form replaced by its
     * ENGINE-RULE-ERROR.
     */
    private static final class Pending {
        final InputFile in;
        final Set<String> stuck = ConcurrentHashMap.newKeySet();
        volatile Future<FileWork> future;

        Pending(InputFile in) {
            this.in = in;
        }
    }

    /** A worker given up by the watchdog: its thread and the form it was stuck on. */
    private record Abandoned(Thread thread, String form) {
    }

    Summary run(List<InputFile> files, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Summary summary = new Summary();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                auditor.workerThreads("selfeval-worker"));
        Map<Thread, Pending> running = new ConcurrentHashMap<>();
        Queue<Abandoned> abandoned = new ConcurrentLinkedQueue<>();
        auditor.onAbandon((thread, form) -> abandoned.add(new Abandoned(thread, form)));
        try (SweepIndex index = new SweepIndex()) {
            Deque<Pending> pending = new ArrayDeque<>();
            int window = threads * WINDOW_PER_THREAD;
            int written = 0;
            long forms = 0;
            for (int i = 0; i < files.size(); i++) {
                Pending p = new Pending(files.get(i));
                submit(pool, p, running);
                pending.add(p);
                while (pending.size() >= window || i == files.size() - 1 && !pending.isEmpty()) {
                    FileWork w = take(pending.poll(), pool, running, abandoned);
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
            auditor.onAbandon((thread, form) -> { });
            pool.shutdownNow();
        }
    }

    private void submit(ExecutorService pool, Pending p, Map<Thread, Pending> running) {
        p.future = pool.submit(() -> {
            running.put(Thread.currentThread(), p);
            try {
                return work(p.in, p.stuck);
            } finally {
                running.remove(Thread.currentThread(), p);
            }
        });
    }

    /**
     * Waits for a file's work. Meanwhile, a file whose worker was given up is started again on a
     * fresh worker that takes the stuck one's place in the pool.
     */
    private FileWork take(Pending p, ThreadPoolExecutor pool, Map<Thread, Pending> running, Queue<Abandoned> abandoned)
            throws InterruptedException {
        while (true) {
            for (Abandoned a; (a = abandoned.poll()) != null; ) {
                Pending stuck = running.remove(a.thread());
                if (stuck != null) {
                    stuck.stuck.add(a.form());
                    stuck.future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    submit(pool, stuck, running);
                }
            }
            try {
                return p.future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | CancellationException e) {
                // not done yet, or cancelled and started again: look again
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OutOfMemoryError oom) {
                    throw oom;
                }
                throw new IllegalStateException("worker failed", e.getCause());
            }
        }
    }

    /** On a worker: read the file, audit and render every form, count them for the summary. Never throws but for lack of memory. */
    private FileWork work(InputFile in, Set<String> stuck) {
        FileResult r;
        try {
            r = FormReaders.read(in.path(), in.display(), in.idBase(), encoding, auditor.rules().templates());
        } catch (RuntimeException | StackOverflowError e) {
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
            if (stuck.contains(f.id())) {
                a = auditor.failure(f, "规则运行超过每表时限后仍未停下（某条规则的 then 部分可能陷入死循环），本表已放弃审核；"
                        + "请用 selfeval explain 逐条检查本表的规则");
            } else {
                try {
                    a = auditor.audit(f);
                } catch (OutOfMemoryError e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    a = auditor.failure(f, e);
                }
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

}
