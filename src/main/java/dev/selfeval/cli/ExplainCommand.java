package dev.selfeval.cli;

import dev.selfeval.ingest.InputFile;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.explain.Explainer;
import dev.selfeval.engine.explain.Explanation;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Form;
import dev.selfeval.report.ExplainReport;
import dev.selfeval.report.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true, footer = ExitCodes.EXPLAIN,
        description = "解释自评表的每项得分：扣分明细每个计分项一行（分值、填报与重算得分、扣分、带数值的公式、偏差原因、"
                + "计分规则和该项的发现），与总分对账。")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "一个或几个自评表文件。")
    List<Path> files;

    @Option(names = "--out", paramLabel = "FILE", description = "把结果写到 FILE，而不是标准输出。")
    Path out;

    @Option(names = "--form", paramLabel = "ID|NAME", description = "哪张表：编号（000.txt#3）、序号（3）或项目名称的一部分。默认：全部。")
    String form;

    @Option(names = "--item", paramLabel = "NAME", description = "只解释一项：指标名称的一部分、序号，或“预算”（预算执行率）；并列出在该项上没有触发的规则及原因。")
    String item;

    @Option(names = "--trace", description = "另按触发顺序列出在该表上触发的每条规则及其匹配的事实。")
    boolean trace;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text、json 或 html（默认 ${DEFAULT-VALUE}）。")
    String format;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "文本输入的编码（默认自动识别）。")
    Charset encoding;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        if (!ExplainReport.FORMATS.contains(format)) {
            System.err.println("selfeval explain: 不认识的 --format「" + format + "」；可用：" + String.join("、", ExplainReport.FORMATS));
            return ExitCodes.USAGE;
        }
        String missing = UsageErrors.missingInput("selfeval explain", files.stream().map(Path::toString).toList());
        if (missing != null) {
            System.err.println(missing);
            return ExitCodes.USAGE;
        }
        String outProblem = OutputCheck.problem(out, files.stream()
                .map(f -> new InputFile(f, f.toString(), f.getFileName() == null ? f.toString() : f.getFileName().toString())).toList());
        if (outProblem != null) {
            System.err.println("selfeval explain: --out " + out + "：" + outProblem);
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        Explainer explainer = new Explainer(ruleSet);
        List<Explanation> explained = new ArrayList<>();
        List<Form> all = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            String shown = file.toString().replace('\\', '/');
            FileResult r = Pipeline.read(new InputFile(file, shown, file.getFileName() == null ? shown : file.getFileName().toString()),
                    encoding, ruleSet.templates());
            if (!r.readable()) {
                System.err.println("错误 PARSE-UNREADABLE " + r.errorMessage());
                unreadable = true;
                continue;
            }
            all.addAll(r.forms());
            for (Form f : choose(r.forms(), form)) {
                Explanation e = explainer.explain(f, item, trace);
                if (item != null && e.items().isEmpty()) {
                    System.err.println("selfeval explain: " + f.id() + " 中没有与 --item「" + item + "」相符的项；可写序号、名称的一部分或「预算」：");
                    e.ledger().rows().forEach(row -> System.err.println("  " + (row.budget() ? "预算" : row.index()) + "  " + row.item()));
                    return ExitCodes.USAGE;
                }
                explained.add(e);
            }
        }
        if (explained.isEmpty() && !all.isEmpty()) {
            System.err.println("selfeval explain: 没有与 --form「" + form + "」相符的表；文件中的表有：");
            all.forEach(f -> System.err.println("  " + f.id() + "  " + f.projectName()));
            return ExitCodes.USAGE;
        }
        if (!explained.isEmpty()) {
            try (ReportFile file = out == null ? null : ReportFile.open(out)) {
                java.io.OutputStream os = file == null ? System.out : file.stream();
                ExplainReport.write(format, os, RunInfo.of(ruleSet), explained);
                os.flush();
                if (file != null) {
                    file.commit();
                    System.err.println("结果已写到 " + out);
                }
            } catch (IOException e) {
                System.err.println("selfeval explain: 无法写出结果" + (out == null ? "（标准输出）" : " " + out) + "：" + OutputCheck.reason(e));
                return ExitCodes.OUTPUT_FAILED;
            }
        }
        return unreadable ? ExitCodes.INPUT_UNREADABLE : ExitCodes.OK;
    }

    /** Forms by whole id or number first; only when none has it, by part of the project name. */
    static List<Form> choose(List<Form> forms, String query) {
        if (query == null) {
            return forms;
        }
        List<Form> byId = forms.stream().filter(f -> {
            String number = f.id().substring(f.id().lastIndexOf('#') + 1);
            return f.id().equals(query) || query.equals(number) || query.equals("#" + number);
        }).toList();
        return !byId.isEmpty() ? byId
                : forms.stream().filter(f -> f.projectName() != null && f.projectName().contains(query)).toList();
    }
}
