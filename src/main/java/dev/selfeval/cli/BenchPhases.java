package dev.selfeval.cli;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.run.Sweep;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.Form;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.Reporters;
import dev.selfeval.report.RunInfo;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The phases bench measures, each through the run's own steps: reading only, rules only, end to end. */
final class BenchPhases {
    private BenchPhases() {
    }

    static BenchCommand.Timing parse(List<InputFile> files, int threads, Templates templates) throws Exception {
        AtomicInteger count = new AtomicInteger();
        BenchCommand.Start start = BenchCommand.Start.now();
        parallel(threads, Executors.defaultThreadFactory(), files.size(), i -> {
            InputFile f = files.get(i);
            count.addAndGet(Pipeline.read(f, null, templates).forms().size());
        });
        return start.done(count.get());
    }

    /** Forms read for the rules-only phase at most: it audits them in turn as many times as the corpus has forms. */
    static final int RULES_DISTINCT = 10_000;

    static List<Form> readAll(List<InputFile> files, int max, Templates templates) {
        List<Form> out = new ArrayList<>();
        for (InputFile f : files) {
            if (out.size() >= max) {
                break;
            }
            out.addAll(Pipeline.read(f, null, templates).forms());
        }
        return out;
    }

    static BenchCommand.Timing rules(RuleSet ruleSet, List<Form> forms, int total, int threads) throws Exception {
        Auditor auditor = new Auditor(ruleSet);
        BenchCommand.Start start = BenchCommand.Start.now();
        parallel(threads, auditor.workerThreads("selfeval-bench"), total,
                i -> auditor.audit(forms.get(i % forms.size())));
        return start.done(total);
    }

    static BenchCommand.Timing endToEnd(RuleSet ruleSet, List<InputFile> files, int threads) throws Exception {
        BenchCommand.Start start = BenchCommand.Start.now();
        try (Watchdog w = new Watchdog(Watchdog.FORM_LIMIT)) {
            Reporter<?> r = Reporters.create("jsonl", OutputStream.nullOutputStream(), false);
            r.begin(RunInfo.of(ruleSet));
            int forms = new Sweep<>(new Auditor(ruleSet, w), r, threads, null, Waivers.none(), null)
                    .run(files, null).forms();
            return start.done(forms);
        }
    }

    private interface Task {
        void run(int i) throws Exception;
    }

    /** Runs task(0..n-1) on the given number of threads, each taking the next index. */
    private static void parallel(int threads, ThreadFactory factory, int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }
}
