package dev.selfeval.cli;

import dev.selfeval.store.Shown;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.RunQueries.StoredFinding;
import dev.selfeval.store.RunQueries.StoredForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true, footer = ExitCodes.HISTORY,
        description = "显示一个项目在各次保存的运行、各年度中的表和发现（按年度、运行先后）。")
final class HistoryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "KEY|PROJECT-NAME",
            description = "项目标识（报告中的“项目标识”：项目编码，或 主管部门/项目名称），或项目名称（不计空格和标点）。")
    String project;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        if (project.isBlank()) {
            System.err.println("selfeval history: 请给出项目标识或项目名称");
            return ExitCodes.USAGE;
        }
        PrintStream out = System.out;
        try {
            RunQueries q = new RunQueries(db.open());
            List<StoredForm> forms = q.history(project);
            if (forms.isEmpty()) {
                System.err.println("selfeval history: 数据库 " + db.shown() + " 保存的运行中没有项目「" + project + "」的表");
                return ExitCodes.USAGE;
            }
            out.println("项目「" + project + "」：" + forms.size() + " 张表，"
                    + forms.stream().map(StoredForm::runId).distinct().count() + " 次运行");
            for (StoredForm f : forms) {
                out.println();
                out.println((f.year() == null ? "年度空白" : f.year() + " 年度") + " · 运行 " + f.runId() + "（" + Shown.time(f.runStarted()) + "）");
                out.println("  " + StoredText.form(f));
                for (StoredFinding x : q.findings(f.runId(), f.seq())) {
                    out.println("      " + StoredText.finding(x));
                }
            }
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            return RunsCommand.unreadable(db, e);
        }
    }
}
