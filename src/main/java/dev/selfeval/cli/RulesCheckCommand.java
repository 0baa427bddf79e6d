package dev.selfeval.cli;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.authoring.SampleRun;
import dev.selfeval.ingest.template.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "编译规则，检查元数据（@id、@severity、@basis）和参数，在内置示例表上把每条规则试运行一遍，"
                + "并列出每条规则：编号、严重程度、文件:行、名称、依据。有任何错误时按 文件:行:列 报告，退出码 4。")
final class RulesCheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rules;

    @Option(names = "--allow-unsafe-rules", description = "接受会结束程序、运行程序或写文件的规则（只用于你信任的规则目录）。")
    boolean allowUnsafe;

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
                    + b.message() + "。请检查这条规则的条件：所比较的值类型是否一致（数字不加引号，文字加引号），调用的方法是否存在");
        }
        if (!broken.isEmpty()) {
            return ExitCodes.RULES_FAILED;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int idWidth = "ID".length();
        int whereWidth = "FILE:LINE".length();
        for (RuleInfo r : rs.rules()) {
            idWidth = Math.max(idWidth, r.id().length());
            whereWidth = Math.max(whereWidth, (r.file() + ":" + r.line()).length());
        }
        out.println(pad("ID", idWidth) + "  " + pad("SEVERITY", 8) + "  " + pad("FILE:LINE", whereWidth) + "  TITLE · BASIS");
        for (RuleInfo r : rs.rules()) {
            out.println(pad(r.id(), idWidth) + "  " + pad(r.severity().name(), 8) + "  " + pad(r.file() + ":" + r.line(), whereWidth)
                    + "  " + r.name() + " · " + r.basis());
        }
        out.println();
        out.println("TEMPLATE  FILE · DESCRIPTION");
        for (Template t : rs.templates().list()) {
            out.println(t.name() + "  " + t.file() + (t.scored() ? "" : "（不打分）") + " · " + (t.description() == null ? "—" : t.description()));
        }
        out.println(rs.rules().size() + " rules in " + rs.dir() + " (sha256 " + rs.fingerprint().substring(0, 12)
                + ")；参数有效，规则全部通过编译与元数据检查，并在内置的示例表上试运行无误；表式模板 " + rs.templates().list().size() + " 个");
        return ExitCodes.OK;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
