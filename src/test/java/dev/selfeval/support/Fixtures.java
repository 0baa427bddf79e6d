package dev.selfeval.support;

import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.model.Form;

import java.nio.file.Path;
import java.util.List;

/** Paths of the shipped fixtures, and the seed read once per test class. */
public final class Fixtures {
    public static final Path ROOT = Path.of("fixtures");
    public static final Path SEED = ROOT.resolve("seed/000_01ee96ef31214bdb.txt");
    public static final Path SEED_JSON = ROOT.resolve("seed/json");
    public static final Path HOSTILE = ROOT.resolve("hostile");

    private Fixtures() {
    }

    public static FileResult read(Path file) {
        return FormReaders.read(file, file.toString(), file.getFileName().toString(), null);
    }

    public static List<Form> seedForms() {
        return read(SEED).forms();
    }
}
