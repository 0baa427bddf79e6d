package dev.selfeval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

@Command(name = "selfeval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "dev.selfeval.cli.Usage",
        description = "用 Drools 规则审核财政项目支出绩效自评表。",
        footer = ExitCodes.HELP,
        subcommands = {AuditCommand.class, ExplainCommand.class, ConvertCommand.class, GenCommand.class, BenchCommand.class, RulesCommand.class,
                RunsCommand.class, HistoryCommand.class, ServeCommand.class, UsersCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs the command line and answers the exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("selfeval: 程序内部出错（请把以下信息交给开发人员）：" + e);
            e.printStackTrace(cmd.getErr());
            return 70;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(UsageErrors.describe(e));
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "缺少命令");
    }
}
