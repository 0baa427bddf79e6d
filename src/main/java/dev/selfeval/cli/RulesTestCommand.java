package dev.selfeval.cli;

import dev.selfeval.engine.authoring.RuleCaseRunner;
import dev.selfeval.engine.load.RuleFiles;
import dev.selfeval.engine.load.UnsafeCode;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.load.RuleLoadException;
import dev.selfeval.engine.load.LoadError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "运行规则测试用例：每个 NAME.expect.yaml 与同名的表（NAME.txt 或 NAME.json 等）放在一起，写明规则编号和"
                + "应出现的次数（0 = 不应触发）。逐个用例输出“通过”或“失败”（失败时列出差异和用例实际得出的其他发现），"
                + "最后是“N 个通过，N 个失败”；有用例失败时退出码 1。")
final class RulesTestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CASES", description = "用例文件或文件夹（默认：规则目录中的 tests 文件夹）。")
    List<Path> cases;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：当前目录有 rules 时用它，否则用内置的规则）。")
    Path rulesDir;

    @Option(names = "--coverage", description = "另列出没有任何用例使其触发的规则。")
    boolean coverage;

    @Option(names = "--allow-unsafe-rules", description = "接受会结束程序、运行程序或写文件的规则（只用于你信任的规则）。")
    boolean allowUnsafe;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RuleCaseRunner runner;
        try {
            Path dir = rulesDir != null ? rulesDir : Files.isDirectory(Path.of("rules")) ? Path.of("rules") : null;
            RuleFiles ruleFiles = dir != null ? RuleFiles.of(dir) : RuleFiles.bundled();
            UnsafeCode.check(ruleFiles, allowUnsafe);
            runner = new RuleCaseRunner(ruleFiles, allowUnsafe);
        } catch (RuleLoadException e) {
            for (LoadError le : e.errors()) {
                System.err.println(le);
            }
            return ExitCodes.RULES_FAILED;
        }
        Path dir = rulesDir != null ? rulesDir : Path.of("rules");
        List<Path> roots = cases == null || cases.isEmpty() ? List.of(dir.resolve(RulesOption.TESTS)) : cases;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                System.err.println("selfeval rules test: 没有这个用例文件或文件夹：" + p);
                return ExitCodes.USAGE;
            }
        }
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        for (RuleCaseRunner.Result r : runner.runAll(roots)) {
            fired.addAll(r.fired());
            String title = r.name() + (r.description() == null ? "" : "  " + r.description());
            if (r.passed()) {
                passed++;
                out.println("通过  " + title);
            } else {
                failed++;
                out.println("失败  " + title);
                r.failures().forEach(x -> out.println("      " + x));
                if (!r.unexpected().isEmpty()) {
                    out.println("      本用例实际还得出了用例未提到的发现：");
                    r.unexpected().forEach(x -> out.println("        " + x));
                }
            }
        }
        out.println(passed + " 个通过，" + failed + " 个失败");
        if (coverage) {
            List<String> never = new ArrayList<>();
            for (RuleInfo info : runner.rules().rules()) {
                if (!fired.contains(info.id())) {
                    never.add(info.id() + "  " + info.file() + ":" + info.line() + "  " + info.name());
                }
            }
            out.println(never.isEmpty() ? "覆盖：每条规则都有用例使其触发"
                    : "覆盖：" + never.size() + " 条规则没有任何用例使其触发：");
            never.forEach(x -> out.println("  " + x));
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
