package dev.selfeval.engine.run;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.Params;
import dev.selfeval.engine.Report;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.load.RuleErrorHandler;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.BudgetScore;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormScore;
import dev.selfeval.model.IndicatorScore;
import dev.selfeval.model.RuleError;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;

/**
 * Runs the rules on forms over the rule set's shared KieBase: each worker thread has its own
 * session, emptied (reset) between forms, so nothing carries over from one form to the next and
 * one Auditor may serve many threads. Traced audits (explain) get a fresh session of their own.
 */
public final class Auditor {
    /** Findings in reading order: by line, then rule id, then message. */
    static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location() == null ? 0 : f.location().line())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final RuleSet rules;
    private final Watchdog watchdog;
    private final FactRules single;
    /**
     * One session per worker thread, reset between forms: rebuilding a session for every form costs
     * more than the rules, and a shared pool makes the threads wait on each other.
     */
    private final ThreadLocal<Worker> workers = new ThreadLocal<>();

    /** A worker thread's session and, with a time limit, the watch on it. */
    private record Worker(KieSession session, Watchdog.Watch watch) {
    }

    public Auditor(RuleSet rules) {
        this(rules, null);
    }

    /** @param watchdog halts forms that run past the time limit; null for no limit */
    public Auditor(RuleSet rules, Watchdog watchdog) {
        this.rules = rules;
        this.watchdog = watchdog;
        this.single = new FactRules(rules, watchdog);
    }

    /** The rules run on one fact at a time: form-less audits, the end of a run. */
    public FactRules single() {
        return single;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * Who is told, with the thread and the form id, when a worker stuck in a rule is given up (see
     * {@link Watchdog}); nothing happens without a time limit.
     */
    public void onAbandon(BiConsumer<Thread, String> listener) {
        if (watchdog != null) {
            watchdog.onAbandon(listener);
        }
    }

    public FormAudit audit(Form form) {
        return audit(form, null);
    }

    /**
     * Audits one form; {@code listener}, when given, sees every rule match and firing (for traces).
     * A rule that throws past Drools' handler (an {@link Error} in its action, an exception in its
     * condition) costs this form that rule's results: the form is audited again without it, and an
     * ENGINE-RULE-ERROR names it with its file:line. When the rule cannot be told, or a rule runs past
     * the time limit, the form loses the rest of its rules: the findings made so far are kept, with
     * ENGINE-RULE-ERROR. An {@link OutOfMemoryError} is thrown on: it ends the run.
     */
    public FormAudit audit(Form form, AgendaEventListener listener) {
        return audit(form, listener, Set.of(), List.of());
    }

    /** At most this many rules are left out of one form before its audit is given up as broken. */
    private static final int MAX_LEFT_OUT = 5;

    /**
     * @param leftOut the keys of rules that threw on this form (audited without them)
     * @param errors  what those rules threw, reported on the form
     */
    private FormAudit audit(Form form, AgendaEventListener listener, Set<String> leftOut, List<RuleError> errors) {
        Report report = new Report(form.id(), rules);
        boolean reused = listener == null && leftOut.isEmpty();
        KieBase base = leftOut.isEmpty() ? rules.kieBase() : rules.without(leftOut);
        Worker worker = reused ? threadWorker() : worker(base.newKieSession());
        KieSession s = worker.session();
        if (listener != null) {
            s.addEventListener(listener);
        }
        boolean broken = false;
        List<RuleInfo> blamed = List.of();
        Throwable thrown = null;
        try {
            Params params = rules.params(form.template());
            rules.bind(s, report, params);
            insertFacts(s, params, form);
            errors.forEach(s::insert);
            if (worker.watch() != null) {
                watchdog.start(worker.watch(), form.id());
            }
            try {
                s.fireAllRules();
            } catch (OutOfMemoryError e) {
                broken = true;
                throw e;
            } catch (RuntimeException | Error e) {
                broken = true;
                thrown = e;
                blamed = RuleErrorHandler.blame(e, base, rules.sources()).stream()
                        .filter(r -> !leftOut.contains(r.key())).toList();
                if (blamed.isEmpty() || leftOut.size() + blamed.size() > MAX_LEFT_OUT) {
                    blamed = List.of();
                    report.findings().addAll(single.fire(form.id(), RuleErrorHandler.thrown(e, base, rules.rules())));
                }
            }
            Watchdog.Outcome outcome = worker.watch() == null ? Watchdog.Outcome.DONE : watchdog.stop(worker.watch());
            if (outcome != Watchdog.Outcome.DONE) {
                broken |= outcome == Watchdog.Outcome.ABANDONED;
                report.findings().addAll(single.fire(form.id(), new RuleError(null, null,
                        "规则运行超过每表时限 " + watchdog.limit().toMillis() / 1000.0 + " 秒，已中止；此前得出的结果保留")));
            }
            if (blamed.isEmpty()) {
                return result(form, s, report);
            }
        } finally {
            if (!reused) {
                dispose(worker);
            } else if (broken) {
                release(); // a session an Error went through, or one given up, is not used again
            } else {
                ((StatefulKnowledgeSessionImpl) s).reset();
            }
        }
        Set<String> without = new HashSet<>(leftOut);
        List<RuleError> all = new ArrayList<>(errors);
        for (RuleInfo r : blamed) {
            without.add(r.key());
            all.add(new RuleError(r.name(), r.id(), RuleErrorHandler.describe(thrown) + "（" + r.file() + ":" + r.line()
                    + "）；本表上该规则的结果缺失，其余规则照常审核"));
        }
        return audit(form, listener, without, all);
    }

    /** What the rules made of the form: its findings (placed in its file), scores and total. */
    private FormAudit result(Form form, KieSession s, Report report) {
        List<IndicatorScore> scores = new ArrayList<>(objects(s, IndicatorScore.class));
        scores.sort(Comparator.comparingInt(IndicatorScore::index));
        List<BudgetScore> budget = objects(s, BudgetScore.class);
        List<FormScore> total = objects(s, FormScore.class);
        List<Finding> findings = new ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
            findings.add(f.withSource(form.sourceOf(f.location().line(), f.location().field())));
        }
        findings.sort(ORDER);
        findings = Fingerprints.assign(findings, form.key());
        return new FormAudit(form.id(), form.source(), form, findings, budget.isEmpty() ? null : budget.get(0), scores,
                total.isEmpty() ? null : total.get(0));
    }

    private Worker worker(KieSession s) {
        return new Worker(s, watchdog == null ? null : watchdog.watch(s));
    }

    private Worker threadWorker() {
        Worker w = workers.get();
        if (w == null) {
            w = worker(rules.kieBase().newKieSession());
            workers.set(w);
        }
        return w;
    }

    /** The session first, then its watch: once a worker's watch is gone, so is its session. */
    private void dispose(Worker w) {
        w.session().dispose();
        if (w.watch() != null) {
            watchdog.release(w.watch());
        }
    }

    /**
     * Threads for a pool that audits with this Auditor: each disposes of its session when it ends.
     * The KieBase keeps every session it made until it is disposed of, so a pool's threads must not
     * just die with theirs (a sweep, or a bench round, makes a pool of its own).
     */
    public ThreadFactory workerThreads(String name) {
        return r -> {
            Thread t = new Thread(() -> {
                try {
                    r.run();
                } finally {
                    release();
                }
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Disposes of the calling thread's session, if it has one. */
    public void release() {
        Worker w = workers.get();
        if (w != null) {
            workers.remove();
            dispose(w);
        }
    }

    /** The facts of a form as every session sees them: parameters, form, header, goals, total, lines, indicators, problems, missing blocks, read gaps. */
    public static void insertFacts(KieSession s, Params params, Form form) {
        s.insert(params);
        s.insert(form);
        s.insert(form.header());
        s.insert(form.goals());
        s.insert(form.total());
        form.funds().forEach(s::insert);
        form.indicators().forEach(s::insert);
        form.reasons().forEach(s::insert);
        form.problems().forEach(s::insert);
        form.missing().forEach(b -> s.insert(new BlockMissing(b)));
        form.reading().gaps().forEach(s::insert);
    }

    private static <T> List<T> objects(KieSession s, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : s.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }
}
