package dev.selfeval.engine.run;

import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Halts a session whose rules run past the per-form time limit, so that one runaway form (rules
 * that keep re-activating each other) costs only itself: each form's start schedules its halt at the
 * time limit, and its end cancels it. One daemon thread serves every worker.
 * A consequence stuck in a plain Java loop cannot be halted: when its form is still running one
 * more time limit after the halt, the watchdog gives the thread up (it is a daemon and keeps
 * nothing the run needs) and tells the listener set by {@link #onAbandon}, so that a fresh worker
 * can take its place.
 */
public final class Watchdog implements AutoCloseable {
    /** What {@link #stop} found. */
    enum Outcome { DONE, HALTED, ABANDONED }

    private static final int RUNNING = 0;
    private static final int HALTED = 1;
    private static final int ABANDONED = 2;
    private static final int STOPPED = 3;

    /** One session, watched for as long as its worker keeps it. */
    static final class Watch {
        private final KieSession session;
        /** The form running in the session; null when idle. */
        private volatile Run run;

        private Watch(KieSession session) {
            this.session = session;
        }
    }

    /** One form's run in a session: its thread, its id, how it stands, and the task due next. */
    private static final class Run {
        final Thread thread = Thread.currentThread();
        final String form;
        final AtomicInteger state = new AtomicInteger(RUNNING);
        volatile ScheduledFuture<?> due;

        Run(String form) {
            this.form = form;
        }
    }

    /** A form's time limit where the user has not given one (audit's --form-timeout default, the server's runs). */
    public static final Duration FORM_LIMIT = Duration.ofSeconds(5);

    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private volatile BiConsumer<Thread, String> onAbandon = (t, form) -> { };

    public Watchdog(Duration limit) {
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "selfeval-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // a form done in time leaves nothing queued
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

    /** A form starts running in the watch's session, on the calling thread: its halt is due at the limit. */
    void start(Watch w, String form) {
        Run r = new Run(form);
        w.run = r;
        r.due = timer.schedule(() -> halt(w, r), limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The limit passed: the session is halted, and the thread given up if it is still running one limit later. */
    private void halt(Watch w, Run r) {
        if (r.state.compareAndSet(RUNNING, HALTED)) {
            w.session.halt();
            r.due = timer.schedule(() -> abandon(w, r), limit.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void abandon(Watch w, Run r) {
        if (r.state.compareAndSet(HALTED, ABANDONED)) {
            watches.remove(w);
            onAbandon.accept(r.thread, r.form);
        }
    }

    /** The form is done: in time, halted for running too long, or so late that its thread was given up. */
    Outcome stop(Watch w) {
        Run r = w.run;
        w.run = null;
        int state = r.state.getAndSet(STOPPED);
        r.due.cancel(false);
        return state == HALTED ? Outcome.HALTED : state == ABANDONED ? Outcome.ABANDONED : Outcome.DONE;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
