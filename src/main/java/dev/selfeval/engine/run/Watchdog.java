package dev.selfeval.engine.run;

import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Halts a session whose rules run past the per-form time limit, so that one runaway form (rules
 * that keep re-activating each other) costs only itself. One daemon thread serves every worker.
 * A consequence stuck in a plain Java loop cannot be halted: when its form is still running one
 * more time limit after the halt, the watchdog gives the thread up (it is a daemon and keeps
 * nothing the run needs) and tells the listener set by {@link #onAbandon}, so that a fresh worker
 * can take its place.
 * <p>
 * Each session has a {@link Watch} of its own, which only its worker thread writes per form: the
 * workers share nothing here that they would have to pass between their caches.
 */
public final class Watchdog implements AutoCloseable {
    /** A watch's deadline once the watchdog has halted its session. */
    private static final long HALTED = Long.MIN_VALUE;
    /** A watch's deadline once the watchdog has given up its thread. */
    private static final long ABANDONED = Long.MIN_VALUE + 1;

    /** What {@link #stop} found. */
    enum Outcome { DONE, HALTED, ABANDONED }

    /** One session's deadline while a form runs: 0 when idle, {@link #HALTED} once halted. */
    static final class Watch {
        private final KieSession session;
        private final AtomicLong deadline = new AtomicLong();
        /** Set by the worker at start: the thread and the form it runs. */
        private volatile Thread thread;
        private volatile String form;
        /** Written by the watchdog thread only. */
        private long haltedAt;

        private Watch(KieSession session) {
            this.session = session;
        }
    }

    private final long limitNanos;
    private final Duration limit;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile BiConsumer<Thread, String> onAbandon = (t, form) -> { };

    public Watchdog(Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        long tick = Math.max(5, Math.min(100, limit.toMillis() / 4));
        thread = new Thread(() -> {
            while (!closed) {
                check(System.nanoTime());
                try {
                    Thread.sleep(tick);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }, "selfeval-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void check(long now) {
        for (Watch w : watches) {
            long d = w.deadline.get();
            if (d == 0 || d == ABANDONED) {
                continue;
            }
            if (d != HALTED) {
                if (now - d > 0 && w.deadline.compareAndSet(d, HALTED)) {
                    w.haltedAt = now;
                    w.session.halt();
                }
            } else if (now - w.haltedAt > limitNanos && w.deadline.compareAndSet(HALTED, ABANDONED)) {
                watches.remove(w);
                onAbandon.accept(w.thread, w.form);
            }
        }
    }

    public Duration limit() {
        return limit;
    }

    /**
     * Who is told when a thread is given up: its thread and the id of the form it was running. Called
     * on the watchdog's thread.
     */
    public void onAbandon(BiConsumer<Thread, String> listener) {
        onAbandon = listener;
    }

    /** Starts watching a session (once per session; {@link #release} once it is disposed of). */
    Watch watch(KieSession s) {
        Watch w = new Watch(s);
        watches.add(w);
        return w;
    }

    void release(Watch w) {
        watches.remove(w);
    }

    /** How many sessions are watched (for tests). */
    int watched() {
        return watches.size();
    }

    /** A form starts running in the watch's session, on the calling thread. */
    void start(Watch w, String form) {
        w.thread = Thread.currentThread();
        w.form = form;
        long d = System.nanoTime() + limitNanos;
        w.deadline.set(d == 0 || d == HALTED || d == ABANDONED ? 1 : d);
    }

    /** The form is done: in time, halted for running too long, or so late that its thread was given up. */
    Outcome stop(Watch w) {
        long d = w.deadline.getAndSet(0);
        return d == HALTED ? Outcome.HALTED : d == ABANDONED ? Outcome.ABANDONED : Outcome.DONE;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
