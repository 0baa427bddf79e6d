package dev.selfeval.engine.run;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.model.Form;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A run over files, its steps in order: read each file (a piece at a time), put every form through
 * the {@link Pipeline} (audit, waivers, baseline), render it into the sink on the worker, write it in
 * input order, then the run's end (cross-form and waiver rules, what the baseline had that is gone).
 * N worker threads, and the output in input order whatever their count; at most a few files per
 * thread are in flight, so memory stays flat however many forms the sweep holds. A file that cannot
 * be read, or a form whose audit fails, costs only itself and is reported.
 */
public final class Sweep<R> {
    /** Files in flight per worker thread. */
    private static final int WINDOW_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final Auditor auditor;
    private final FormSink<R> sink;
    private final int threads;
    private final Charset encoding;
    /** Whether the run compares with a baseline. */
    private final boolean baseline;
    private Duration readLimit = ReadBudget.DEFAULT;

    /**
     * @param waivers  approved waivers to apply ({@link Waivers#none()} for none)
     * @param baseline an earlier run to compare with, or null
     */
    public Sweep(Auditor auditor, FormSink<R> sink, int threads, Charset encoding, Waivers waivers, Baseline baseline) {
        this.pipeline = new Pipeline(auditor, waivers, baseline);
        this.auditor = auditor;
        this.sink = sink;
        this.threads = threads;
        this.encoding = encoding;
        this.baseline = baseline != null;
    }

    /** The time reading one file (a piece of a long text file) may take: {@code --read-timeout}. */
    public Sweep<R> readLimit(Duration limit) {
        this.readLimit = limit;
        return this;
    }

    /**
     * What one worker made of a piece of a file (a whole file, unless it is a big text file): each
     * form's rendered report and index entry, and the piece's summary counts. The forms and their
     * audits are not kept: a piece waits here until everything before it is written.
     */
    private record Chunk<R>(int forms, List<R> rendered, List<SweepIndex.Entry> entries, Summary part) {
    }

    /** The last chunk of a file. */
    private static final Chunk<?> END = new Chunk<>(0, List.of(), List.of(), null);
    /** Chunks of one file that may wait for the writer; a worker reading a big file waits beyond that. */
    private static final int CHUNKS_PER_FILE = 2;

    /**
     * One file in flight: the chunks its worker hands the writer. When the worker is given up (a
     * rule stuck in a loop), a fresh worker reads the file again and goes on after the forms already
     * written, the stuck form replaced by its ENGINE-RULE-ERROR.
     */
    private static final class Pending<R> {
        final InputFile in;
        final Set<String> stuck = ConcurrentHashMap.newKeySet();
        volatile BlockingQueue<Chunk<R>> chunks = new ArrayBlockingQueue<>(CHUNKS_PER_FILE);
        volatile Future<?> future;
        /** Forms of this file written so far (the writer's thread only). */
        int written;

        Pending(InputFile in) {
            this.in = in;
        }
    }

    /** A worker given up by the watchdog: its thread and the form it was stuck on. */
    private record Abandoned(Thread thread, String form) {
    }

    public Summary run(List<InputFile> files, SweepProgress progress) throws IOException, InterruptedException {
        return run(files, List.of(), progress);
    }

    /** @param skipped files not read because by their name they are no forms (listed in the summary) */
    public Summary run(List<InputFile> files, List<String> skipped, SweepProgress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Summary summary = new Summary();
        summary.skipped(skipped);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                auditor.workerThreads("selfeval-worker"));
        Map<Thread, Pending<R>> running = new ConcurrentHashMap<>();
        Queue<Abandoned> abandoned = new ConcurrentLinkedQueue<>();
        auditor.onAbandon((thread, form) -> abandoned.add(new Abandoned(thread, form)));
        try (SweepIndex index = new SweepIndex()) {
            Deque<Pending<R>> pending = new ArrayDeque<>();
            int window = threads * WINDOW_PER_THREAD;
            int written = 0;
            long forms = 0;
            for (int i = 0; i < files.size(); i++) {
                Pending<R> p = new Pending<>(files.get(i));
                submit(pool, p, running);
                pending.add(p);
                while (pending.size() >= window || i == files.size() - 1 && !pending.isEmpty()) {
                    Pending<R> head = pending.poll();
                    for (Chunk<R> c; (c = take(head, pool, running, abandoned)) != END; ) {
                        write(c, summary, index);
                        head.written += c.forms();
                        forms += c.forms();
                        if (progress != null) {
                            progress.update(written, forms);
                        }
                    }
                    written++;
                    if (progress != null) {
                        progress.update(written, forms);
                    }
                }
            }
            Pipeline.End end = pipeline.end(index.groups(), index.pairs());
            end.crossForm().forEach(summary::add);
            end.waivers().forEach(summary::add);
            if (baseline) {
                summary.resolved(end.resolved().size());
            }
            summary.elapsed((System.nanoTime() - start) / 1_000_000);
            sink.end(summary, new RunEnd(end.crossForm(), end.waivers(), end.resolved(), baseline));
            return summary;
        } finally {
            auditor.onAbandon((thread, form) -> { });
            pool.shutdownNow();
        }
    }

    /** Starts (or starts again) a file's work, after the forms of it already written. */
    private void submit(ExecutorService pool, Pending<R> p, Map<Thread, Pending<R>> running) {
        BlockingQueue<Chunk<R>> out = p.chunks;
        int skip = p.written;
        p.future = pool.submit(() -> {
            running.put(Thread.currentThread(), p);
            try {
                work(p.in, p.stuck, skip, out);
            } catch (InterruptedException e) {
                // given up and started again elsewhere
            } finally {
                running.remove(Thread.currentThread(), p);
            }
            return null;
        });
    }

    /**
     * The next chunk of a file, END after its last. Meanwhile, a file whose worker was given up is
     * started again on a fresh worker that takes the stuck one's place in the pool.
     */
    private Chunk<R> take(Pending<R> p, ThreadPoolExecutor pool, Map<Thread, Pending<R>> running, Queue<Abandoned> abandoned)
            throws InterruptedException {
        while (true) {
            for (Abandoned a; (a = abandoned.poll()) != null; ) {
                Pending<R> stuck = running.remove(a.thread());
                if (stuck != null) {
                    stuck.stuck.add(a.form());
                    stuck.future.cancel(true);
                    stuck.chunks = new ArrayBlockingQueue<>(CHUNKS_PER_FILE); // what the stuck worker left is read again
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    submit(pool, stuck, running);
                }
            }
            BlockingQueue<Chunk<R>> chunks = p.chunks;
            Future<?> future = p.future;
            Chunk<R> c = chunks.poll(50, TimeUnit.MILLISECONDS);
            if (c != null && chunks == p.chunks) {
                return c;
            }
            if (c == null && future.isDone() && !future.isCancelled() && chunks.isEmpty() && chunks == p.chunks) {
                try {
                    future.get(); // ended without its last chunk: it failed
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof OutOfMemoryError oom) {
                        throw oom;
                    }
                    throw new IllegalStateException("worker failed", e.getCause());
                }
            }
        }
    }

    /**
     * On a worker: read the file piece by piece, audit and render every form after the first
     * {@code skip} (written already), and hand each piece to the writer. Never throws but for lack
     * of memory, or when given up.
     */
    @SuppressWarnings("unchecked")
    private void work(InputFile in, Set<String> stuck, int skip, BlockingQueue<Chunk<R>> out) throws InterruptedException {
        int[] seen = {0};
        boolean[] first = {true};
        ReadBudget.limit(readLimit);
        try {
            FormReaders.read(in, encoding, auditor.rules().templates(), r -> {
                Summary part = new Summary();
                if (first[0]) {
                    part.file();
                    first[0] = false;
                }
                List<R> rendered = new ArrayList<>(r.forms().size() + 1);
                if (!r.readable()) {
                    part.unreadable(r.file(), r.errorLine(), r.error());
                    rendered.add(render(pipeline.unreadable(in.idBase(), r), part));
                }
                List<SweepIndex.Entry> entries = new ArrayList<>(r.forms().size());
                int forms = 0;
                // each form rendered right after its audit, while its facts and findings are still in the cache
                for (Form f : r.forms()) {
                    if (seen[0]++ < skip) {
                        continue;
                    }
                    FormAudit audit = stuck.contains(f.id()) ? pipeline.givenUp(f) : pipeline.form(f, null);
                    rendered.add(render(audit, part));
                    entries.add(SweepIndex.Entry.of(audit));
                    forms++;
                }
                put(out, new Chunk<>(forms, rendered, entries, part));
            });
        } catch (RuntimeException | StackOverflowError e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            Summary part = new Summary();
            if (first[0]) {
                part.file();
            }
            FileResult r = FileResult.unreadable(in.display(), "读取时出错：" + e, 0);
            part.unreadable(r.file(), 0, r.error());
            put(out, new Chunk<>(0, List.of(render(pipeline.unreadable(in.idBase(), r), part)), List.of(), part));
        }
        out.put((Chunk<R>) END);
    }

    /** Hands a chunk to the writer from inside the reader's callback (which cannot throw checked exceptions). */
    private static <R> void put(BlockingQueue<Chunk<R>> out, Chunk<R> c) {
        try {
            out.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("given up", e);
        }
    }

    /** Counts an audit for the summary and renders it. */
    private R render(FormAudit a, Summary part) {
        part.add(a);
        return sink.render(a);
    }

    /** On the writer: a chunk's forms in order. */
    private void write(Chunk<R> c, Summary summary, SweepIndex index) throws IOException {
        summary.merge(c.part());
        for (R form : c.rendered()) {
            sink.write(form);
        }
        for (SweepIndex.Entry e : c.entries()) {
            index.add(e);
        }
    }
}
