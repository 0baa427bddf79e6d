package dev.selfeval.cli;

import dev.selfeval.store.Shown;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.RunQueries.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "runs", mixinStandardHelpOptions = true, footer = ExitCodes.RUNS,
        description = "列出 audit --save 保存的运行，最新的在前：编号、开始时间、表数、错误、警告、规则指纹、是否保存完、输入。"
                + "用 runs show 编号 查看一次运行的表。",
        subcommands = RunsShowCommand.class)
final class RunsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "最多列出 N 次运行（默认 ${DEFAULT-VALUE}）。")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("selfeval runs: --limit 应为正整数");
            return ExitCodes.USAGE;
        }
        List<Run> runs;
        Database d;
        try {
            d = db.open();
            runs = new RunQueries(d).runs(limit);
        } catch (IOException | RuntimeException e) {
            return unreadable(db, e);
        }
        PrintStream out = System.out;
        if (runs.isEmpty()) {
            out.println("数据库 " + d.name() + " 中还没有保存的运行（audit --save 保存一次运行）");
            return ExitCodes.OK;
        }
        out.println("编号\t开始时间\t表数\t错误\t警告\t规则指纹\t状态\t输入");
        for (Run r : runs) {
            out.println(r.id() + "\t" + Shown.time(r.startedAt()) + "\t" + dash(r.forms()) + "\t" + dash(r.errors()) + "\t"
                    + dash(r.warnings()) + "\t" + Shown.fingerprint(r.rulesFingerprint()) + "\t" + StoredText.status(r) + "\t"
                    + String.join("、", r.inputs()));
        }
        return ExitCodes.OK;
    }

    private static String dash(Integer n) {
        return n == null ? "—" : n.toString();
    }

    /** The database could not be opened or read: says why on standard error. */
    static int unreadable(DbOption db, Exception e) {
        System.err.println("selfeval: 无法读取数据库 " + db.shown() + "：" + e.getMessage());
        return ExitCodes.INPUT_UNREADABLE;
    }
}
