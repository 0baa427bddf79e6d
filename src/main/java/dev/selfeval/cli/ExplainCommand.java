package dev.selfeval.cli;

import dev.selfeval.engine.explain.Explainer;
import dev.selfeval.engine.explain.Explanation;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
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

@Command(name = "explain", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Explains every score of a form: a ledger with one row per scored item (weight, stated and "
                + "recomputed score, points deducted, the formula with its numbers, the reason, the scoring rule and "
                + "the findings on the item) that reconciles with the totals.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A form file (seed text or JSON).")
    Path file;

    @Option(names = "--form", paramLabel = "ID|NAME", description = "Which form: its id (000.txt#3), its number (3) or part of its project name. Default: all.")
    String form;

    @Option(names = "--item", paramLabel = "NAME", description = "Explain one item: part of an indicator name, its number, or 预算 for budget execution; lists the rules that did not fire on it and why.")
    String item;

    @Option(names = "--trace", description = "Also list every rule that fired on the form, in firing order, with the facts it matched.")
    boolean trace;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of a text input (default: detect).")
    Charset encoding;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        if (!ExplainReport.FORMATS.contains(format)) {
            System.err.println("selfeval: unknown --format " + format + "; known: " + String.join(", ", ExplainReport.FORMATS));
            return ExitCodes.USAGE;
        }
        RuleSet ruleSet = rules.load(System.err);
        if (ruleSet == null) {
            return ExitCodes.RULES_FAILED;
        }
        String shown = file.toString().replace('\\', '/');
        FileResult r = FormReaders.read(file, shown, file.getFileName() == null ? shown : file.getFileName().toString(), encoding,
                ruleSet.templates());
        if (!r.readable()) {
            System.err.println("错误 PARSE-UNREADABLE " + r.errorMessage());
            return ExitCodes.INPUT_UNREADABLE;
        }
        List<Form> chosen = choose(r.forms(), form);
        if (chosen.isEmpty()) {
            System.err.println("selfeval: no form matches --form " + form + "; the file has:");
            r.forms().forEach(f -> System.err.println("  " + f.id() + "  " + f.projectName()));
            return ExitCodes.USAGE;
        }
        Explainer explainer = new Explainer(ruleSet);
        List<Explanation> out = new ArrayList<>();
        for (Form f : chosen) {
            Explanation e = explainer.explain(f, item, trace);
            if (item != null && e.items().isEmpty()) {
                System.err.println("selfeval: " + f.id() + " has no item matching --item " + item);
                return ExitCodes.USAGE;
            }
            out.add(e);
        }
        ExplainReport.write(format, System.out,
                RunInfo.of(ruleSet), out);
        System.out.flush();
        return ExitCodes.OK;
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
