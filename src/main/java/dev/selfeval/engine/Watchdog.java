package dev.selfeval.engine;

import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halts a session whose rules run past the per-form time limit, so that one runaway form (rules
 * that keep re-activating each other) costs only itself. One daemon thread serves every worker.
 * A consequence stuck in a Java loop cannot be halted; its thread is lost, the sweep goes on.
 */
public final class Watchdog implements AutoCloseable {
    private final long limitNanos;
    private final Duration limit;
    private final Map<KieSession, Long> running = new ConcurrentHashMap<>();
    private final Set<KieSession> halted = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closed;

    public Watchdog(Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        long tick = Math.max(5, Math.min(100, limit.toMillis() / 4));
        thread = new Thread(() -> {
            while (!closed) {
                long now = System.nanoTime();
                for (Map.Entry<KieSession, Long> e : running.entrySet()) {
                    if (now - e.getValue() > 0 && halted.add(e.getKey())) {
                        e.getKey().halt();
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

    void start(KieSession s) {
        running.put(s, System.nanoTime() + limitNanos);
    }

    /** Stops watching; true when the session was halted for running too long. */
    boolean stop(KieSession s) {
        running.remove(s);
        return halted.remove(s);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
