package dev.selfeval.cli;

import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Baseline;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.model.Severity;
import dev.selfeval.report.Reporter;
import dev.selfeval.report.Reporters;
import dev.selfeval.report.RunInfo;
import dev.selfeval.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Audits forms with the rules: recomputes every score and runs the checks. "
                + "Report to stdout (or --out); errors and progress to stderr.")
final class AuditCommand implements Callable<Integer> {
    enum FailOn { error, warning, none }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|GLOB", description = "Form files (seed text or JSON), directories, globs.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of text inputs (default: detect).")
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

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--form-timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "Halt the rules on a form after this long and report it (ENGINE-RULE-ERROR); default ${DEFAULT-VALUE}.")
    double formTimeout;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Approved waivers (YAML or JSON): matching findings are marked waived and do not count for --fail-on.")
    Path waiverFile;

    @Option(names = "--baseline", paramLabel = "REPORT",
            description = "An earlier JSON or JSONL report: mark each finding new or unchanged and list the resolved ones.")
    Path baselineFile;

    enum HtmlLevel { error, warning, all }

    @Option(names = "--html-detail", defaultValue = "warning", paramLabel = "LEVEL",
            description = "HTML report of more than --html-max-forms forms: show in full the forms with a finding at or "
                    + "above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the overview counts every form.")
    HtmlLevel htmlDetail;

    @Option(names = "--html-max-forms", defaultValue = "500", paramLabel = "N",
            description = "HTML report: at most N forms in full (default: ${DEFAULT-VALUE}); a run of at most N forms shows every form.")
    int htmlMaxForms;

    @Option(names = "--progress", negatable = true, description = "Progress line on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Reporters.NAMES.contains(format)) {
            System.err.println("selfeval: unknown --format " + format + "; known: " + String.join(", ", Reporters.NAMES));
            return ExitCodes.USAGE;
        }
        if (htmlMaxForms < 1) {
            System.err.println("selfeval: --html-max-forms 应为正整数");
            return ExitCodes.USAGE;
        }
        if (Reporters.BINARY.contains(format) && out == null && System.console() != null) {
            System.err.println("selfeval: --format " + format + " 写的是二进制文件，不能显示在终端上：请用 --out 文件名." + format);
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
        Baseline baseline = null;
        if (baselineFile != null) {
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
        Waivers waivers = Waivers.none();
        if (waiverFile != null) {
            try {
                waivers = new Waivers(WaiverFile.read(waiverFile, ruleSet.rules().stream().map(RuleInfo::id).toList()), LocalDate.now());
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
        String outProblem = OutputCheck.problem(out, files);
        if (outProblem != null) {
            System.err.println("selfeval: --out " + out + "：" + outProblem);
            return ExitCodes.USAGE;
        }
        boolean color = out == null && format.equals("text") && System.console() != null
                && System.getenv("NO_COLOR") == null;
        Summary summary;
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(Math.round(formTimeout * 1000)));
             OutputStream os = out == null ? nonClosing() : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             Progress bar = Progress.start(progress != null ? progress : Progress.stderrIsTerminal(), files.size())) {
            // a report on the terminal the progress line is drawn on goes above that line
            Reporter report = Reporters.create(format, bar != null && out == null ? bar.above(os) : os, color, new Reporters.HtmlDetail(
                    htmlDetail == HtmlLevel.all ? null : Severity.valueOf(htmlDetail.name().toUpperCase()), htmlMaxForms));
            report.begin(RunInfo.of(ruleSet));
            summary = new Sweep(new Auditor(ruleSet, watchdog), report, workers, encoding, waivers, baseline).run(files, expanded.skipped(), bar);
        } catch (IOException e) {
            System.err.println("selfeval: 无法写出报告" + (out == null ? "（标准输出）" : " " + out) + "：" + OutputCheck.reason(e)
                    + "。请检查磁盘空间和写入权限，或用 --out 写到别处");
            return ExitCodes.OUTPUT_FAILED;
        } catch (OutOfMemoryError e) {
            System.err.println("selfeval: 内存不足，审核提前结束；已写出的报告不完整。请设 SELFEVAL_JAVA_OPTS=-Xmx4g（按本机内存）后重跑，或分批审核");
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

    private static OutputStream nonClosing() {
        return new java.io.BufferedOutputStream(System.out, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
