package dev.selfeval.cli;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.authoring.RuleCaseRunner;
import dev.selfeval.engine.authoring.SampleReading;
import dev.selfeval.engine.authoring.SampleRun;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.report.Width;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, footer = ExitCodes.RULES_CHECK,
        description = "编译规则，检查元数据（@id、@severity、@basis）和参数，在内置示例表上把每条规则试运行一遍，"
                + "核对各表式模板仍能完全读懂内置示例表，运行规则目录 tests 文件夹中的规则测试用例，"
                + "并列出每条规则：编号、严重程度、文件:行、名称、依据。有任何错误时按 文件:行:列 报告，退出码 4。")
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @Option(names = "--allow-unsafe-rules", description = "接受会结束程序、运行程序或写文件的规则（只用于你信任的规则目录）。")
    boolean allowUnsafe;

    @Option(names = "--cases", paramLabel = "DIR", description = "除规则目录中的 tests 文件夹外，另运行这里的规则测试用例。"
            + "有用例失败即检查不通过：删掉的规则文件、改错的模板会显出它们弄坏的用例。")
    List<Path> extraCases;

    @Override
    public Integer call() {
        RuleSet rs = rules.load(System.err, allowUnsafe, false); // a check always compiles
        if (rs == null) {
            return ExitCodes.RULES_FAILED;
        }
        List<SampleRun.Broken> broken = SampleRun.run(rs);
        for (SampleRun.Broken b : broken) {
            System.err.println((b.rule() == null ? rs.dir() : b.rule().file() + ":" + b.rule().line()) + ": 规则在内置示例表 "
                    + b.firstForm() + (b.forms() > 1 ? " 等 " + b.forms() + " 张表" : "") + "上试运行出错："
                    + b.message() + "。" + b.hint() + "请检查这条规则的条件：所比较的值类型是否一致（数字不加引号，文字加引号），调用的方法是否存在");
        }
        if (!broken.isEmpty()) {
            return ExitCodes.RULES_FAILED;
        }
        List<String> unread = SampleReading.problems(rs);
        if (!unread.isEmpty()) {
            System.err.println(rs.dir() + ": " + String.join("\n", unread));
            return ExitCodes.RULES_FAILED;
        }
        int ran = 0;
        List<Path> cases = new java.util.ArrayList<>();
        if (rules.cases() != null) {
            cases.add(rules.cases());
        }
        if (extraCases != null) {
            cases.addAll(extraCases);
        }
        if (!cases.isEmpty()) {
            List<RuleCaseRunner.Result> results;
            try {
                results = new RuleCaseRunner(rules.files(), rs, allowUnsafe).withoutWhyNot().runAll(cases);
            } catch (IOException e) {
                System.err.println("规则测试用例无法运行：" + e.getMessage());
                return ExitCodes.RULES_FAILED;
            }
            ran = results.size();
            List<String> failed = results.stream().filter(r -> !r.passed())
                    .map(r -> r.name() + "：" + String.join("；", r.failures())).toList();
            if (!failed.isEmpty()) {
                System.err.println("规则测试用例 " + ran + " 个中有 " + failed.size() + " 个失败（逐个细看：selfeval rules test"
                        + (rules.folder() == null ? "" : " --rules " + rules.folder())
                        + String.join("", cases.stream().filter(c -> !c.equals(rules.cases())).map(c -> " " + c).toList()) + "）：");
                failed.forEach(x -> System.err.println("  " + x));
                return ExitCodes.RULES_FAILED;
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int idWidth = Width.of("编号");
        int whereWidth = Width.of("文件:行");
        for (RuleInfo r : rs.rules()) {
            idWidth = Math.max(idWidth, Width.of(r.id()));
            whereWidth = Math.max(whereWidth, Width.of(r.file() + ":" + r.line()));
        }
        out.println(Width.padRight("编号", idWidth) + "  " + Width.padRight("严重程度", 8) + "  " + Width.padRight("文件:行", whereWidth)
                + "  名称 · 依据");
        for (RuleInfo r : rs.rules()) {
            out.println(Width.padRight(r.id(), idWidth) + "  " + Width.padRight(r.severity().chinese(), 8) + "  "
                    + Width.padRight(r.file() + ":" + r.line(), whereWidth) + "  " + r.name() + " · " + r.basis());
        }
        out.println();
        out.println("表式模板  文件 · 说明");
        for (Template t : rs.templates().list()) {
            out.println(t.name() + "  " + t.file() + (t.scored() ? "" : "（不打分）") + " · " + (t.description() == null ? "—" : t.description()));
        }
        out.println("规则 " + rs.rules().size() + " 条（" + rs.dir() + "，sha256 " + rs.fingerprint().substring(0, 12)
                + "）：参数有效，规则全部通过编译与元数据检查，并在内置的示例表上试运行无误；表式模板 " + rs.templates().list().size() + " 个"
                + (ran > 0 ? "；规则测试用例 " + ran + " 个全部通过" : ""));
        return ExitCodes.OK;
    }
}
