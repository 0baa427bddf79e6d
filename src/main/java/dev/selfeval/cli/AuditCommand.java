package dev.selfeval.cli;

import dev.selfeval.engine.run.Sweep;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Baseline;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.engine.RuleHashes;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.model.Closest;
import dev.selfeval.model.Severity;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.PerFormReports;
import dev.selfeval.report.ProblemsOnly;
import dev.selfeval.report.Reporters;
import dev.selfeval.report.RunInfo;
import dev.selfeval.store.DatabaseException;
import dev.selfeval.engine.run.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "按规则审核自评表：重算每项得分并逐条检查。报告写到标准输出（或 --out），错误和进度写到标准错误。")
final class AuditCommand implements Callable<Integer> {
    enum FailOn { error, warning, none }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|GLOB", description = "自评表文件（文本、JSON、CSV、Excel、Word、PDF）、文件夹或通配符。")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "报告格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）。",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "有达到 LEVEL 的发现时退出码为 1：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）。")
    FailOn failOn;

    @Option(names = "--out", paramLabel = "FILE", description = "把报告写到 FILE，而不是标准输出。")
    Path out;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "文本输入的编码（默认自动识别）。")
    Charset encoding;

    @Mixin
    RulesOption rules;

    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.NAMES.iterator();
        }
    }

    private static final int MAX_THREADS = 256;
    private static final double MIN_TIMEOUT = 0.1;
    private static final double MAX_TIMEOUT = 3600;

    @Option(names = "--threads", paramLabel = "N", description = "工作线程数（默认：CPU 核数）。")
    Integer threads;

    @Option(names = "--form-timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "一张表的规则运行超过这么多秒即中止并报告（ENGINE-RULE-ERROR）；默认 ${DEFAULT-VALUE}。")
    double formTimeout;

    @Option(names = "--read-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "读取一个文件（长文本文件的每一段）超过这么多秒即停止，报告为无法读取（PARSE-UNREADABLE），其余文件照常审核；"
                    + "默认 ${DEFAULT-VALUE}。")
    double readTimeout;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "经批准的豁免清单（YAML 或 JSON）：匹配的发现标为已豁免，不计入 --fail-on。")
    Path waiverFile;

    @Option(names = "--baseline", paramLabel = "REPORT|RUN",
            description = "以前的 JSON 或 JSONL 报告，或数据库里保存的一次运行（run:12，或不是文件名的编号 12）："
                    + "把每个发现标为新增或原有，并列出已解决的。")
    String baselineArg;

    Path baselineFile;

    @Option(names = "--save", description = "把本次运行（输入、规则、概况、每张表和每个发现）保存到数据库（--db），供 runs、history 和 --baseline run:N 使用。")
    boolean save;

    @Mixin
    DbOption db;

    enum HtmlLevel { error, warning, all }

    @Option(names = "--html-detail", defaultValue = "warning", paramLabel = "LEVEL",
            description = "HTML 报告超过 --html-max-forms 张表时，只完整列出有达到 LEVEL 的发现的表：${COMPLETION-CANDIDATES}"
                    + "（默认 ${DEFAULT-VALUE}）；概况仍统计全部表。")
    HtmlLevel htmlDetail;

    @Option(names = "--html-max-forms", defaultValue = "500", paramLabel = "N",
            description = "HTML 报告最多完整列出 N 张表（默认 ${DEFAULT-VALUE}）；不超过 N 张时列出全部。")
    int htmlMaxForms;

    @Option(names = "--per-form", paramLabel = "DIR", description = "另为每张表写一份报告到 DIR（按项目名称命名；--format 为 xlsx 时是工作簿，"
            + "否则是网页），并写 index.html 按问题从重到轻列出、链接各份，便于分别交给各单位。")
    Path perForm;

    @Option(names = "--only-problems", description = "报告中只列出有问题（未豁免的发现）的表；概况和合计仍包含全部表。")
    boolean onlyProblems;

    @Option(names = "--progress", negatable = true, description = "在标准错误上显示进度行（默认：标准错误是终端时显示）。")
    Boolean progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Reporters.NAMES.contains(format)) {
            System.err.println("selfeval audit: 不认识的 --format「" + format + "」" + Closest.hint(format, Reporters.NAMES) + "；可用："
                    + String.join("、", Reporters.NAMES));
            return ExitCodes.USAGE;
        }
        if (htmlMaxForms < 1) {
            System.err.println("selfeval: --html-max-forms 应为正整数");
            return ExitCodes.USAGE;
        }
        if (Reporters.NOT_FOR_TERMINAL.contains(format) && out == null && System.console() != null) {
            System.err.println("selfeval: --format " + format + (Reporters.BINARY.contains(format) ? " 写的是二进制文件" : " 写的是要用浏览器打开的网页")
                    + "，不能显示在终端上：请用 --out 文件名." + format);
            return ExitCodes.USAGE;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > MAX_THREADS) {
            System.err.println("selfeval: --threads 应为 1 到 " + MAX_THREADS + " 之间的整数");
            return ExitCodes.USAGE;
        }
        if (!(formTimeout >= MIN_TIMEOUT && formTimeout <= MAX_TIMEOUT)) { // NaN fails both
            System.err.println("selfeval: --form-timeout 应为 " + MIN_TIMEOUT + " 到 " + (int) MAX_TIMEOUT
                    + " 之间的秒数（给的是 " + formTimeout + "）");
            return ExitCodes.USAGE;
        }
        if (!(readTimeout >= MIN_TIMEOUT && readTimeout <= MAX_TIMEOUT)) { // NaN fails both
            System.err.println("selfeval: --read-timeout 应为 " + MIN_TIMEOUT + " 到 " + (int) MAX_TIMEOUT
                    + " 之间的秒数（给的是 " + readTimeout + "）");
            return ExitCodes.USAGE;
        }
        String missing = UsageErrors.missingInput("selfeval audit", inputs);
        if (missing != null) {
            System.err.println(missing);
            return ExitCodes.USAGE;
        }
        Baseline baseline = null;
        Long baselineRun = baselineArg == null ? null : BaselineRun.id(baselineArg);
        baselineFile = baselineArg == null || baselineRun != null ? null : Path.of(baselineArg);
        if (baselineRun != null) {
            baseline = BaselineRun.read(db, baselineRun);
            if (baseline == null) {
                return ExitCodes.USAGE;
            }
        } else if (baselineFile != null) {
            try {
                baseline = BaselineFile.read(baselineFile);
            } catch (BaselineFile.NotAReport e) {
                System.err.println("selfeval: --baseline " + baselineFile + "：" + e.getMessage());
                return ExitCodes.USAGE;
            } catch (IOException e) {
                System.err.println("selfeval: --baseline " + baselineFile + "：无法读取：" + OutputCheck.reason(e));
                return ExitCodes.USAGE;
            }
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        String rulesChanged = baseline == null ? null : baseline.rules(RuleHashes.of(ruleSet), ruleSet.fingerprint());
        if (rulesChanged != null) {
            System.err.println("selfeval: " + rulesChanged);
        }
        Waivers waivers = Waivers.none();
        if (waiverFile != null) {
            try {
                waivers = Waivers.read(waiverFile, ruleSet);
            } catch (WaiverFile.Invalid e) {
                System.err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        InputFiles.Expanded expanded = InputFiles.expand(inputs);
        List<InputFile> files = expanded.files();
        if (files.isEmpty()) {
            System.err.println("selfeval: 没有可审核的文件：" + String.join("、", inputs) + " 中没有文件"
                    + (expanded.skipped().isEmpty() ? "" : "（按文件名略过了不是表格的 " + String.join("、", expanded.skipped()) + "）"));
            return ExitCodes.INPUT_UNREADABLE;
        }
        String outProblem = OutputCheck.problem(out, files, waiverFile, baselineFile, rules.dir);
        if (outProblem != null) {
            System.err.println("selfeval: --out " + out + "：" + outProblem);
            return ExitCodes.USAGE;
        }
        String perFormProblem = perForm == null ? null : OutputCheck.perFormProblem(perForm, files, rules.dir);
        if (perFormProblem != null) {
            System.err.println("selfeval: --per-form " + perForm + "：" + perFormProblem);
            return ExitCodes.USAGE;
        }
        boolean color = out == null && format.equals("text") && System.console() != null
                && System.getenv("NO_COLOR") == null;
        Summary summary;
        Path reportWritten = null; // once the report is in place: a database failure after it does not take it back
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(Math.round(formTimeout * 1000)));
             ReportFile file = out == null ? null : ReportFile.open(out);
             OutputStream os = file == null ? nonClosing() : file.stream();
             Progress bar = Progress.start(progress != null ? progress : Progress.stderrIsTerminal(), files.size())) {
            // a report on the terminal the progress line is drawn on goes above that line
            Reporter<?> report = Reporters.create(format, bar != null && out == null ? bar.above(os) : os, color, new Reporters.HtmlDetail(
                    htmlDetail == HtmlLevel.all ? null : Severity.valueOf(htmlDetail.name().toUpperCase()), htmlMaxForms));
            report = perForm == null ? report : PerFormReports.of(report, perForm, PerFormReports.FORMATS.contains(format) ? format : "html");
            report = onlyProblems ? ProblemsOnly.of(report) : report;
            report.begin(RunInfo.of(ruleSet));
            try (SavedRun saved = save ? SavedRun.start(db, inputs, ruleSet, report, baselineArg) : null) {
                FormSink<?> sink = saved == null ? report : saved.sink();
                summary = sweep(new Auditor(ruleSet, watchdog), sink, workers, waivers, baseline).readLimit(Duration.ofMillis(Math.round(readTimeout * 1000))).run(files, expanded.skipped(), bar);
                if (file != null) {
                    file.commit();
                    reportWritten = out;
                    System.err.println("报告已写到 " + out);
                } else {
                    os.flush();
                }
                if (saved != null) {
                    System.err.println(saved.commit());
                }
            }
        } catch (DatabaseException e) {
            System.err.println("selfeval: 本次运行无法保存到数据库 " + db.shown() + "：" + e.getMessage() + "。数据库保持原样"
                    + (reportWritten == null ? "，报告未写出" : "；报告已写到 " + reportWritten));
            return ExitCodes.OUTPUT_FAILED;
        } catch (IOException e) {
            System.err.println("selfeval: 无法写出报告" + (out == null ? "（标准输出）" : " " + out) + "：" + OutputCheck.reason(e)
                    + "。请检查磁盘空间和写入权限，或用 --out 写到别处" + (save ? "；本次运行也未保存到数据库" : ""));
            return ExitCodes.OUTPUT_FAILED;
        } catch (OutOfMemoryError e) {
            System.err.println("selfeval: 内存不足，审核提前结束" + (out == null ? "；已写出的报告不完整" : "，报告未写出，" + out + " 保持原样")
                    + "。请设 SELFEVAL_JAVA_OPTS=-Xmx4g（按本机内存）后重跑，或分批审核");
            return ExitCodes.OUT_OF_MEMORY;
        }
        if (out == null && System.out.checkError()) {
            System.err.println("selfeval: 无法写出报告（标准输出）：写入失败（磁盘已满或输出已关闭）。请检查磁盘空间，或用 --out 写到别处");
            return ExitCodes.OUTPUT_FAILED;
        }
        if (!summary.unreadable().isEmpty()) {
            return ExitCodes.INPUT_UNREADABLE;
        }
        return failOn != FailOn.none && summary.any(Severity.valueOf(failOn.name().toUpperCase()))
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private <R> Sweep<R> sweep(Auditor auditor, FormSink<R> sink, int workers, Waivers waivers, Baseline baseline) {
        return new Sweep<>(auditor, sink, workers, encoding, waivers, baseline);
    }

    private static OutputStream nonClosing() {
        return new java.io.BufferedOutputStream(System.out, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
