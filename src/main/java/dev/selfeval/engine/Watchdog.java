package dev.selfeval.engine;

import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Halts a session whose rules run past the per-form time limit, so that one runaway form (rules
 * that keep re-activating each other) costs only itself. One daemon thread serves every worker.
 * A consequence stuck in a Java loop cannot be halted; its thread is lost, the sweep goes on.
 * <p>
 * Each session has a {@link Watch} of its own, which only its worker thread writes per form: the
 * workers share nothing here that they would have to pass between their caches.
 */
public final class Watchdog implements AutoCloseable {
    /** A watch's deadline once the watchdog has halted its session. */
    private static final long HALTED = Long.MIN_VALUE;

    /** One session's deadline while a form runs: 0 when idle, {@link #HALTED} once halted. */
    static final class Watch {
        private final KieSession session;
        private final AtomicLong deadline = new AtomicLong();

        private Watch(KieSession session) {
            this.session = session;
        }
    }

    private final long limitNanos;
    private final Duration limit;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    public Watchdog(Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        long tick = Math.max(5, Math.min(100, limit.toMillis() / 4));
        thread = new Thread(() -> {
            while (!closed) {
                long now = System.nanoTime();
                for (Watch w : watches) {
                    long d = w.deadline.get();
                    if (d != 0 && d != HALTED && now - d > 0 && w.deadline.compareAndSet(d, HALTED)) {
                        w.session.halt();
                    }
                }
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

    public Duration limit() {
        return limit;
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

    /** A form starts running in the watch's session. */
    void start(Watch w) {
        long d = System.nanoTime() + limitNanos;
        w.deadline.set(d == 0 || d == HALTED ? 1 : d);
    }

    /** The form is done; true when the session was halted for running too long. */
    boolean stop(Watch w) {
        return w.deadline.getAndSet(0) == HALTED;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
