package dev.selfeval.engine;

import dev.selfeval.engine.authoring.RuleCaseFile;
import dev.selfeval.engine.authoring.RuleCaseRunner;
import dev.selfeval.engine.load.RuleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reading cases: fixtures/formats (written by support.FormatFixtures), workbooks, Word and PDF
 * files with what the readers must read (stacked forms, formulas, hidden sheets, split tables) or
 * report (password, corrupt zip, zip bomb, scan); and fixtures/provinces, real published forms of
 * other provinces' layouts, as published. Each with what the rules must then give.
 */
class ReadingCasesTest {
    private static RuleCaseRunner runner;

    @BeforeAll
    static void load() throws Exception {
        runner = new RuleCaseRunner(RuleFiles.of(Path.of("rules")));
    }

    static List<Path> cases() throws IOException {
        List<Path> all = new java.util.ArrayList<>(RuleCaseFile.discover(Path.of("fixtures/formats")));
        all.addAll(RuleCaseFile.discover(Path.of("fixtures/provinces")));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(Path file) throws Exception {
        RuleCaseRunner.Result r = runner.run(RuleCaseFile.read(file));
        assertTrue(r.passed(), () -> String.join("\n", r.failures()));
    }

    /** The workbooks of fixtures/provinces: LibreOffice's workbook of a transcription, its cells as transcribed. */
    static List<Path> twins() throws IOException {
        try (var s = java.nio.file.Files.list(Path.of("fixtures/provinces"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** A form's workbook gives what its text gives: the same case holds on it, findings, template and reading. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void workbookTwinHoldsTheTextsCase(Path xlsx) throws Exception {
        Path expect = xlsx.resolveSibling(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".expect.yaml"));
        RuleCaseRunner.Result r = runner.run(RuleCaseFile.read(expect).withForm(xlsx));
        assertTrue(r.passed(), () -> String.join("\n", r.failures()));
    }
}
