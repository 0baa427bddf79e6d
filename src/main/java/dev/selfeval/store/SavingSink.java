package dev.selfeval.store;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Finding;
import dev.selfeval.model.SweepMember;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Saves a run as its report is written ({@code audit --save}): wraps the run's sink, making each
 * form's rows on the worker that rendered it and inserting them, in order and in batches, as the
 * report writes the form; at the end the findings on groups of forms and on the waivers and the
 * summary. {@link #commit} comes after the report is whole, so that a report that fails leaves no
 * run. Closed without that commit (an error), or interrupted (Ctrl-C, a kill), it rolls back: the
 * database stays as it was, earlier runs and all.
 */
public final class SavingSink<R> implements FormSink<SavingSink.Saved<R>>, AutoCloseable {
    /** A form's rendering and its rows. */
    public record Saved<R>(R rendered, RunRows rows) {
    }

    private final FormSink<R> sink;
    private final RunWriter writer;
    private final String baseline;
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread onSignal;
    private final PrintStream err;
    private volatile boolean done;

    private SavingSink(FormSink<R> sink, RunWriter writer, String baseline, PrintStream err) {
        this.sink = sink;
        this.writer = writer;
        this.baseline = baseline;
        this.err = err;
        this.onSignal = new Thread(this::interrupted, "selfeval-save");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    /**
     * Starts saving a run into {@code db} (its run row, not yet visible to others).
     *
     * @param baseline what the run is compared with (a report file, {@code run:N}), or null
     */
    public static <R> SavingSink<R> start(Database db, RunStart start, FormSink<R> sink, String baseline, PrintStream err)
            throws IOException {
        return new SavingSink<>(sink, new RunWriter(db, start), baseline, err);
    }

    /** The run's id in the database (final once committed). */
    public long runId() {
        return writer.runId();
    }

    @Override
    public Saved<R> render(FormAudit audit) {
        return new Saved<>(sink.render(audit), RunRows.of(audit));
    }

    @Override
    public void write(Saved<R> form) throws IOException {
        sink.write(form.rendered());
        locked(() -> writer.add(form.rows()));
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        locked(() -> {
            for (CrossFormFinding c : end.crossForm()) {
                writer.addLoose(RunRows.finding(c.finding(),
                        c.group().members().stream().map(SweepMember::formId).collect(Collectors.joining(";"))));
            }
            for (Finding w : end.waivers()) {
                writer.addLoose(RunRows.finding(w, null));
            }
            writer.finish(summary, baseline);
        });
        sink.end(summary, end);
    }

    /** Makes the run visible: called once the report, too, is whole. */
    public void commit() throws IOException {
        locked(() -> {
            if (done) {
                throw new DatabaseException("审核被中断，本次运行未保存", null);
            }
            writer.commit();
            done = true;
        });
    }

    /** Rolls back a run that did not reach its commit. */
    @Override
    public void close() {
        lock.lock();
        try {
            done = true;
            writer.close();
        } finally {
            lock.unlock();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, or has run
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void locked(Step step) throws IOException {
        lock.lock();
        try {
            step.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ctrl-C or a kill before the commit: rolls back when the writing thread is between two writes;
     * when it is in the middle of one, the process ends with the transaction open, which the database
     * drops (SQLite on its next open, PostgreSQL when the connection goes) — either way nothing of the run stays.
     */
    private void interrupted() {
        if (done) {
            return;
        }
        try {
            if (lock.tryLock(2, TimeUnit.SECONDS)) {
                try {
                    if (!done) {
                        done = true;
                        writer.close();
                    }
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println("\nselfeval: 审核被中断，本次运行未保存到数据库；数据库保持原样");
    }
}
