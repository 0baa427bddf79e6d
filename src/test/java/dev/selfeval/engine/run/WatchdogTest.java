package dev.selfeval.engine.run;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker's session and its watch last as long as its thread: the KieBase keeps every session it
 * made until it is disposed of, so each sweep's pool must give back what its threads took.
 */
class WatchdogTest {
    @Test
    void aPoolOfWorkerThreadsGivesBackItsSessionsAndWatches() throws Exception {
        RuleSet rules = Rules.shipped();
        try (Watchdog w = new Watchdog(Duration.ofSeconds(5))) {
            Auditor auditor = new Auditor(rules, w);
            int sessionsBefore = rules.kieBase().getKieSessions().size();
            ExecutorService pool = Executors.newFixedThreadPool(2, auditor.workerThreads("test-worker"));
            for (int i = 0; i < 10; i++) {
                pool.submit(() -> auditor.audit(Fixtures.seedForms().get(0))).get();
            }
            assertTrue(w.watched() >= 1 && w.watched() <= 2, "one watch per worker while they run: " + w.watched());
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((w.watched() > 0 || rules.kieBase().getKieSessions().size() > sessionsBefore)
                    && System.nanoTime() < until) {
                Thread.sleep(10); // a thread gives back its session just after its last task
            }
            assertEquals(0, w.watched());
            assertEquals(sessionsBefore, rules.kieBase().getKieSessions().size());
        }
    }

    @Test
    void traceSessionsAreGivenBackWhenDisposed() {
        RuleSet rules = Rules.shipped();
        try (Watchdog w = new Watchdog(Duration.ofSeconds(5))) {
            int sessionsBefore = rules.kieBase().getKieSessions().size();
            new Auditor(rules, w).audit(Fixtures.seedForms().get(0), new DefaultAgendaEventListener());
            assertEquals(0, w.watched());
            assertEquals(sessionsBefore, rules.kieBase().getKieSessions().size());
        }
    }
}
