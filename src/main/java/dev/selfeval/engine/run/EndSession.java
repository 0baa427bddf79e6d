package dev.selfeval.engine.run;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.model.Finding;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The session the rules of a run's end run in (each group of forms that share a signature, each
 * waiver's state), one fact at a time, watched as a form's rules are: rules that run past the time
 * limit are halted and say so, and a fact whose rules are caught in a loop a halt cannot stop (a
 * {@code while} in a {@code then}) is given up with the thread it runs on; the next fact gets a
 * fresh session on a fresh thread. Without a watchdog the facts run on the calling thread.
 */
final class EndSession implements AutoCloseable {
    /** The rules on one fact, in the session given; the session is emptied after. */
    interface Firing {
        List<Finding> fire(KieSession s, String id, Object fact);
    }

    /** What the rules gave on a fact, and why some of them may be missing (null when none are). */
    record Fired(List<Finding> findings, String stopped) {
    }

    private final RuleSet rules;
    private final Watchdog watchdog;
    private final Firing firing;
    private ExecutorService thread;
    private KieSession session;
    private Watchdog.Watch watch;

    EndSession(RuleSet rules, Watchdog watchdog, Firing firing) {
        this.rules = rules;
        this.watchdog = watchdog;
        this.firing = firing;
    }

    Fired fire(String id, Object fact) {
        if (session == null) {
            session = rules.kieBase().newKieSession();
            watch = watchdog == null ? null : watchdog.watch(session);
            thread = watchdog == null ? null : Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "selfeval-run-end");
                t.setDaemon(true);
                return t;
            });
        }
        if (watchdog == null) {
            return new Fired(firing.fire(session, id, fact), null);
        }
        KieSession s = session;
        Watchdog.Watch w = watch;
        Watchdog.Outcome[] outcome = {Watchdog.Outcome.DONE};
        Future<List<Finding>> run = thread.submit(() -> {
            watchdog.start(w, id);
            try {
                return firing.fire(s, id, fact);
            } finally {
                outcome[0] = watchdog.stop(w);
            }
        });
        try {
            List<Finding> found = run.get(3 * watchdog.limit().toNanos(), TimeUnit.NANOSECONDS);
            return new Fired(found, outcome[0] == Watchdog.Outcome.DONE ? null
                    : "规则运行超过时限 " + watchdog.limit().toMillis() / 1000.0 + " 秒，已中止，此前得出的结果保留");
        } catch (TimeoutException e) {
            giveUp();
            return new Fired(new ArrayList<>(), "规则运行超过时限后仍未停下（某条规则的 then 部分可能陷入死循环），已放弃，结果缺失");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run end interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The thread is caught in the rules: it is left to itself (a daemon) with its session. */
    private void giveUp() {
        thread.shutdownNow();
        watchdog.release(watch);
        thread = null;
        session = null;
        watch = null;
    }

    @Override
    public void close() {
        if (session != null) {
            if (thread != null) {
                thread.shutdown();
                watchdog.release(watch);
            }
            session.dispose();
        }
    }
}
