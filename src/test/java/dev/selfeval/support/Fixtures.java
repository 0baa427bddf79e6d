package dev.selfeval.support;

import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.Form;

import java.nio.file.Path;
import java.util.List;

/** Paths of the shipped fixtures, and the seed read once per test class. */
public final class Fixtures {
    public static final Path ROOT = Path.of("fixtures");
    public static final Path SEED = ROOT.resolve("seed/000_01ee96ef31214bdb.txt");
    public static final Path SEED_JSON = ROOT.resolve("seed-json");
    public static final Path HOSTILE = ROOT.resolve("hostile");

    private Fixtures() {
    }

    private static Templates templates;

    /** The form layouts of the repository's rules/templates, read once. */
    public static synchronized Templates templates() {
        if (templates == null) {
            try {
                templates = Templates.of(Path.of("rules"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return templates;
    }

    public static FileResult read(Path file) {
        return FormReaders.read(file, file.toString(), file.getFileName().toString(), null, templates());
    }

    public static List<Form> seedForms() {
        return read(SEED).forms();
    }
}
