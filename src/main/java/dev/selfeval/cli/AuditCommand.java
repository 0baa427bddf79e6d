package dev.selfeval.cli;

import dev.selfeval.engine.Auditor;
import dev.selfeval.engine.Baseline;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.Watchdog;
import dev.selfeval.engine.WaiverFile;
import dev.selfeval.engine.Waivers;
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

    @Option(names = "--progress", negatable = true, description = "Progress line on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Reporters.NAMES.contains(format)) {
            System.err.println("selfeval: unknown --format " + format + "; known: " + String.join(", ", Reporters.NAMES));
            return ExitCodes.USAGE;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || formTimeout <= 0) {
            System.err.println("selfeval: --threads and --form-timeout must be positive");
            return ExitCodes.USAGE;
        }
        Waivers waivers = Waivers.none();
        if (waiverFile != null) {
            try {
                waivers = new Waivers(WaiverFile.read(waiverFile), LocalDate.now());
            } catch (WaiverFile.Invalid e) {
                System.err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = BaselineFile.read(baselineFile);
            } catch (IOException | RuntimeException e) {
                System.err.println(baselineFile + ": 无法读取基线报告：" + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        List<InputFile> files = InputFiles.expand(inputs);
        boolean color = out == null && format.equals("text") && System.console() != null
                && System.getenv("NO_COLOR") == null;
        Summary summary;
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(Math.round(formTimeout * 1000)));
             OutputStream os = out == null ? nonClosing() : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             Progress bar = Progress.start(progress != null ? progress : Progress.stderrIsTerminal(), files.size())) {
            Reporter report = Reporters.create(format, os, color);
            report.begin(new RunInfo(ruleSet.dir(), ruleSet.rules().size(), ruleSet.fingerprint()));
            summary = new Sweep(new Auditor(ruleSet, watchdog), report, workers, encoding, waivers, baseline).run(files, bar);
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
