package dev.selfeval.cli;

import dev.selfeval.store.Shown;
import dev.selfeval.model.Severity;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.RunQueries.Run;
import dev.selfeval.store.RunQueries.StoredFinding;
import dev.selfeval.store.RunQueries.StoredForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, footer = ExitCodes.RUNS,
        description = "显示一次保存的运行：概况，然后它的表，最严重的在前（每页 100 张）。")
final class RunsShowCommand implements Callable<Integer> {
    enum Level { error, warning, info }

    @Parameters(paramLabel = "ID", description = "运行编号（selfeval runs 列出的，也可写 run:12）。")
    String id;

    @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "第 N 页（默认 ${DEFAULT-VALUE}）。")
    int page;

    @Option(names = "--severity", paramLabel = "LEVEL",
            description = "只列出有达到 LEVEL 的发现（未豁免）的表：${COMPLETION-CANDIDATES}。")
    Level severity;

    @Option(names = "--dept", paramLabel = "NAME", description = "只列出这个主管部门的表（全名）。")
    String dept;

    @Option(names = "--findings", description = "在每张表下列出它的发现。")
    boolean findings;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        Long runId = BaselineRun.id(id.startsWith("run:") ? id : "run:" + id);
        if (runId == null || page < 1) {
            System.err.println("selfeval runs show: " + (runId == null ? "运行编号应为数字（如 12 或 run:12），给的是「" + id + "」"
                    : "--page 应为正整数"));
            return ExitCodes.USAGE;
        }
        int worst = severity == null ? Severity.values().length : Severity.valueOf(severity.name().toUpperCase()).ordinal();
        PrintStream out = System.out;
        try {
            RunQueries q = new RunQueries(db.open());
            Optional<Run> found = q.run(runId);
            if (found.isEmpty()) {
                System.err.println("selfeval runs show: 数据库 " + db.shown() + " 中没有运行 " + runId + "；用 selfeval runs 查看已保存的运行");
                return ExitCodes.USAGE;
            }
            Run r = found.get();
            out.println("运行 " + r.id() + " · 开始于 " + Shown.time(r.startedAt())
                    + (r.elapsedMs() == null ? "" : " · 用时 " + String.format("%.1f", r.elapsedMs() / 1000.0) + " 秒") + " · " + StoredText.status(r));
            out.println("输入：" + String.join("、", r.inputs()));
            out.println("规则：" + r.rulesDir() + "（" + r.ruleCount() + " 条，sha256 " + Shown.fingerprint(r.rulesFingerprint()) + "）· "
                    + r.toolVersion());
            out.println(StoredText.counts(r));
            long total = q.count(runId, worst, dept);
            long pages = Math.max(1, (total + RunQueries.PAGE - 1) / RunQueries.PAGE);
            out.println();
            out.println("表（最严重的在前" + (severity == null ? "" : "，有" + Severity.valueOf(severity.name().toUpperCase()).chinese() + "或更严重的发现")
                    + (dept == null ? "" : "，主管部门 " + dept) + "）：共 " + total + " 张，第 " + page + "/" + pages + " 页");
            List<StoredForm> forms = q.forms(runId, worst, dept, page);
            int n = (page - 1) * RunQueries.PAGE;
            for (StoredForm f : forms) {
                out.println(String.format("%4d. ", ++n) + StoredText.form(f));
                if (findings) {
                    for (StoredFinding x : q.findings(runId, f.seq())) {
                        out.println("        " + StoredText.finding(x));
                    }
                }
            }
            if (page == 1) {
                List<StoredFinding> loose = q.findings(runId, null);
                if (!loose.isEmpty()) {
                    out.println();
                    out.println("涉及多张表或豁免清单的发现（" + loose.size() + "）：");
                    loose.forEach(x -> out.println("  " + StoredText.finding(x)));
                }
            }
            if (page < pages) {
                out.println("下一页：selfeval runs show " + runId + " --page " + (page + 1));
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return RunsCommand.unreadable(db, e);
        }
    }
}
