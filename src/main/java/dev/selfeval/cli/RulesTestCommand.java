package dev.selfeval.cli;

import dev.selfeval.engine.authoring.RuleCaseRunner;
import dev.selfeval.engine.load.RuleFiles;
import dev.selfeval.engine.load.UnsafeCode;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.load.RuleLoadException;
import dev.selfeval.engine.load.LoadError;
import dev.selfeval.report.RuleTestsJunit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true, footer = ExitCodes.RULES_TEST,
        description = "运行规则测试用例：每个 NAME.expect.yaml 与同名的表（NAME.txt 或 NAME.json 等）放在一起，写明规则编号和"
                + "应出现的次数（0 = 不应触发）。逐个用例输出“通过”或“失败”（失败时列出差异和用例实际得出的其他发现），"
                + "最后是“N 个通过，N 个失败”；有用例失败时退出码 1。--format junit 写 JUnit XML（每个用例一个 testcase），供 CI 显示。")
final class RulesTestCommand implements Callable<Integer> {
    enum Format { text, junit }

    @Parameters(arity = "0..*", paramLabel = "CASES", description = "用例文件或文件夹（默认：规则目录中的 tests 文件夹）。")
    List<Path> cases;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录（默认：当前目录有 rules 时用它，否则用安装包的 rules 文件夹或内置的规则）。")
    Path rulesDir;

    @Option(names = "--coverage", description = "另列出没有任何用例使其触发的规则。")
    boolean coverage;

    @Option(names = "--allow-unsafe-rules", description = "接受会结束程序、运行程序或写文件的规则（只用于你信任的规则）。")
    boolean allowUnsafe;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）；junit 是 CI 读的 JUnit XML。")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "把结果写到 FILE，而不是标准输出。")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        Path folder = rulesDir != null ? rulesDir : RulesOption.defaultFolder();
        RuleCaseRunner runner;
        try {
            RuleFiles ruleFiles = folder != null ? RuleFiles.of(folder) : RuleFiles.bundled();
            UnsafeCode.check(ruleFiles, allowUnsafe);
            runner = new RuleCaseRunner(ruleFiles, allowUnsafe);
        } catch (RuleLoadException e) {
            for (LoadError le : e.errors()) {
                System.err.println(le);
            }
            return ExitCodes.RULES_FAILED;
        }
        Path dir = Objects.requireNonNullElse(folder, Path.of("rules"));
        List<Path> roots = cases == null || cases.isEmpty() ? List.of(dir.resolve(RulesOption.TESTS)) : cases;
        for (Path p : roots) {
            if (!Files.exists(p)) {
                System.err.println("selfeval rules test: 没有这个用例文件或文件夹：" + p);
                return ExitCodes.USAGE;
            }
        }
        String outProblem = OutputCheck.problem(outFile, List.of(), null, null, dir);
        for (Path p : roots) {
            if (outProblem == null && outFile != null
                    && outFile.toAbsolutePath().normalize().startsWith(p.toAbsolutePath().normalize())) {
                outProblem = "在用例 " + p + " 中，写结果会改动用例；请另选文件";
            }
        }
        if (outProblem != null) {
            System.err.println("selfeval rules test: --out " + outFile + "：" + outProblem);
            return ExitCodes.USAGE;
        }
        LocalDateTime started = LocalDateTime.now();
        long start = System.nanoTime();
        List<RuleCaseRunner.Result> results = runner.runAll(roots);
        double seconds = (System.nanoTime() - start) / 1e9;
        int failed = (int) results.stream().filter(r -> !r.passed()).count();
        // the text output, or (junit) the suite's closing text: the count and the coverage
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        List<RuleTestsJunit.Case> cases = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        for (RuleCaseRunner.Result r : results) {
            fired.addAll(r.fired());
            List<String> detail = new ArrayList<>(r.failures());
            if (!r.unexpected().isEmpty()) {
                detail.add("本用例实际还得出了用例未提到的发现：");
                r.unexpected().forEach(x -> detail.add("  " + x));
            }
            // the lines shown under the case, each indented; a failure may hold lines of its own, indented further
            List<String> shown = new ArrayList<>();
            detail.forEach(x -> shown.addAll(List.of(("      " + x).split("\n", -1))));
            cases.add(new RuleTestsJunit.Case(r.name(), r.description(),
                    shown.stream().map(l -> l.startsWith("      ") ? l.substring(6) : l).toList()));
            if (format == Format.text) {
                out.println((r.passed() ? "通过  " : "失败  ") + r.name() + (r.description() == null ? "" : "  " + r.description()));
                shown.forEach(out::println);
            }
        }
        out.println((results.size() - failed) + " 个通过，" + failed + " 个失败");
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
        try (ReportFile file = outFile == null ? null : ReportFile.open(outFile)) {
            OutputStream os = file == null ? System.out : file.stream();
            if (format == Format.junit) {
                RuleTestsJunit.write(os, cases, seconds, started, text.toString(StandardCharsets.UTF_8));
            } else {
                text.writeTo(os);
            }
            os.flush();
            if (file != null) {
                file.commit();
            }
        } catch (IOException e) {
            System.err.println("selfeval rules test: 无法写出结果" + (outFile == null ? "（标准输出）" : " " + outFile) + "："
                    + OutputCheck.reason(e));
            return ExitCodes.OUTPUT_FAILED;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
