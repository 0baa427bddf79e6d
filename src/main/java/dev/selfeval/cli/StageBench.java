package dev.selfeval.cli;

import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.SweepIndex;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.model.Form;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.Reporters;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What each stage of a sweep costs a form, on one thread: read and parse, then the rules, the
 * cross-form index entry (signatures and what messages need), the ledger and its JSONL. Stage k
 * runs stages 1..k over the same files, so a stage's cost is the difference between two passes
 * made one after the other; the thread's own CPU clock and allocation counter are read, so neither
 * other processes nor the JIT and GC threads count. Each round runs every stage; the median
 * round's differences are shown. Steadier than forms/s on a shared machine: the figure to steer by
 * when a change saves a microsecond or two.
 */
final class StageBench {
    static final String[] STAGES = {"read and parse", "+ rules", "+ index entry", "+ ledger and JSONL"};
    /** Forms a pass goes through: enough for a steady figure, few enough for many rounds. */
    static final int FORMS = 20_000;
    private static final int WARM_UP_ROUNDS = 3;

    private final Auditor auditor;
    private final Reporter reporter = Reporters.create("jsonl", OutputStream.nullOutputStream(), false);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    StageBench(RuleSet rules) {
        this.auditor = new Auditor(rules);
    }

    /** Measures the stages over the first files of the corpus (up to {@link #FORMS} forms) and prints them. */
    void run(List<InputFile> corpus, int rounds, PrintStream out) {
        List<InputFile> files = firstForms(corpus);
        int n = STAGES.length;
        // per measured round: the CPU of each stage's increment over the stage before, in that round
        long[][] cpu = new long[rounds][n + 1];
        long[] bytes = new long[n];
        int forms = 0;
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            long before = 0;
            for (int stage = 1; stage <= n; stage++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long alloc0 = allocated();
                forms = pass(files, stage);
                long used = threads.getCurrentThreadCpuTime() - cpu0;
                if (round >= 0) {
                    cpu[round][stage - 1] = used - before;
                    cpu[round][n] = used;
                    bytes[stage - 1] = allocated() - alloc0;
                }
                before = used;
            }
        }
        boolean counted = allocated() >= 0;
        out.printf("stages on one thread, %,d forms a pass, median of %d rounds (CPU%s a form):%n", forms, rounds,
                counted ? " and allocation" : "");
        for (int s = 0; s <= n; s++) {
            boolean all = s == n;
            long alloc = all ? bytes[n - 1] : bytes[s] - (s == 0 ? 0 : bytes[s - 1]);
            out.printf("  %-20s %6.1f µs%s%n", all ? "all" : STAGES[s], median(cpu, s) / 1e3 / forms,
                    counted ? String.format(" %7.1f KB", alloc / 1024.0 / forms) : "");
        }
    }

    private static long median(long[][] rounds, int column) {
        long[] v = new long[rounds.length];
        for (int r = 0; r < rounds.length; r++) {
            v[r] = rounds[r][column];
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One pass of stages 1..stage over the files; answers the number of forms. */
    private int pass(List<InputFile> files, int stage) {
        int forms = 0;
        for (InputFile f : files) {
            for (Form form : Pipeline.read(f, null, auditor.rules().templates()).forms()) {
                forms++;
                if (stage >= 2) {
                    FormAudit a = auditor.audit(form);
                    if (stage >= 3) {
                        SweepIndex.Entry.of(form);
                    }
                    if (stage >= 4) {
                        reporter.render(a);
                    }
                }
            }
        }
        return forms;
    }

    private List<InputFile> firstForms(List<InputFile> corpus) {
        List<InputFile> out = new ArrayList<>();
        int forms = 0;
        for (InputFile f : corpus) {
            if (forms >= FORMS) {
                break;
            }
            out.add(f);
            forms += Pipeline.read(f, null, auditor.rules().templates()).forms().size();
        }
        return out;
    }

    /** Bytes this thread has allocated so far, or -1 where the JVM does not count them. */
    private long allocated() {
        return threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemoryEnabled()
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
    }
}
