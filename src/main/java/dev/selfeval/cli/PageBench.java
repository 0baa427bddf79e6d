package dev.selfeval.cli;

import dev.selfeval.model.Severity;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.RunQueries.Run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code bench --db}: how long {@code runs show} takes to list one page (100 forms) of a saved run's
 * forms filtered by department (the run's largest) and severity (warning or worse), warm: the median
 * and the slowest of {@code rounds} after as many warm-up rounds.
 */
final class PageBench {
    private PageBench() {
    }

    static int run(Database db, Long runId, int rounds, PrintStream out) throws IOException {
        RunQueries q = new RunQueries(db);
        Run run = runId == null ? q.runs(1).stream().findFirst().orElse(null) : q.run(runId).orElse(null);
        if (run == null || !run.finished()) {
            System.err.println("selfeval bench: 数据库 " + db.name() + " 中没有" + (runId == null ? "保存完的运行" : "保存完的运行 " + runId));
            return ExitCodes.USAGE;
        }
        String dept = q.largestDepartment(run.id());
        int worst = Severity.WARNING.ordinal();
        long[] ms = new long[rounds];
        int rows = 0;
        for (int r = -rounds; r < rounds; r++) {
            long t = System.nanoTime();
            rows = q.forms(run.id(), worst, dept, 1).size();
            if (r >= 0) {
                ms[r] = System.nanoTime() - t;
            }
        }
        Arrays.sort(ms);
        long total = q.count(run.id(), worst, dept);
        out.printf("runs show page   run %d (%,d forms), 主管部门 %s, warning or worse: %,d forms match, %d on page 1;"
                        + " median %.2f ms, slowest %.2f ms over %d warm rounds%n",
                run.id(), run.forms(), dept, total, rows, ms[rounds / 2] / 1e6, ms[rounds - 1] / 1e6, rounds);
        return ExitCodes.OK;
    }
}
