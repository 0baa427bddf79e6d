package dev.selfeval.cli;

import dev.selfeval.engine.Auditor;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.InputFiles;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.Severity;
import dev.selfeval.model.SourceRef;
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

    @Override
    public Integer call() throws IOException {
        if (!Reporters.NAMES.contains(format)) {
            System.err.println("selfeval: unknown --format " + format + "; known: " + String.join(", ", Reporters.NAMES));
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        Auditor auditor = new Auditor(ruleSet);
        boolean color = out == null && format.equals("text") && System.console() != null
                && System.getenv("NO_COLOR") == null;
        Summary summary = new Summary();
        try (OutputStream os = out == null ? nonClosing() : new BufferedOutputStream(Files.newOutputStream(out))) {
            Reporter report = Reporters.create(format, os, color);
            report.begin(new RunInfo(ruleSet.dir(), ruleSet.rules().size(), ruleSet.fingerprint()));
            for (InputFile in : InputFiles.expand(inputs)) {
                summary.file();
                FileResult r = FormReaders.read(in.path(), in.display(), in.idBase(), encoding);
                if (!r.readable()) {
                    summary.unreadable(r.file(), r.errorLine(), r.error());
                    FormAudit a = auditor.unreadable(in.idBase(), new SourceRef(r.file(), r.errorLine()),
                            new ReadProblem("PARSE-UNREADABLE", r.errorLine(), "文件", "", "无法读取 " + r.errorMessage()));
                    summary.add(a);
                    report.form(a);
                    continue;
                }
                for (Form f : r.forms()) {
                    FormAudit a = auditor.audit(f);
                    summary.add(a);
                    report.form(a);
                }
            }
            report.end(summary);
        }
        if (!summary.unreadable().isEmpty()) {
            return ExitCodes.INPUT_UNREADABLE;
        }
        return failOn != FailOn.none && summary.any(Severity.valueOf(failOn.name().toUpperCase()))
                ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static OutputStream nonClosing() {
        return new java.io.FilterOutputStream(System.out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
