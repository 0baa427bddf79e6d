package dev.selfeval.cli;

import dev.selfeval.corpus.CorpusFormat;
import dev.selfeval.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "gen", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Generates a corpus of realistic forms in the seed's text layout (or as workbooks, Word or PDF "
                + "files), with its quirks, and plants faults across the rule catalogue: OUT/forms/* and "
                + "OUT/manifest.jsonl (what the rules must find).")
final class GenCommand implements Callable<Integer> {
    @Option(names = "--forms", required = true, paramLabel = "N", description = "Number of forms.")
    int forms;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same corpus.")
    long seed;

    @Option(names = "--per-file", defaultValue = "50", paramLabel = "K", description = "Forms per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write to.")
    Path out;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|xlsx|docx|pdf",
            description = "File format of the forms (default: ${DEFAULT-VALUE}); every format holds the same forms and faults.")
    String format;

    @Override
    public Integer call() throws Exception {
        if (forms < 1 || perFile < 1) {
            System.err.println("selfeval: --forms and --per-file must be at least 1");
            return ExitCodes.USAGE;
        }
        CorpusFormat f;
        try {
            f = CorpusFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("selfeval: --format must be text, xlsx, docx or pdf, not " + format);
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        CorpusGenerator.Result r = new CorpusGenerator(seed).generate(forms, perFile, out, f);
        System.err.printf("%d forms in %d files (%d with a planted fault, %d cross-form groups) written to %s in %.1f s%n",
                r.forms(), r.files(), r.faulty(), r.groups(), out, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
