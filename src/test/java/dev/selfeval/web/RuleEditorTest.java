package dev.selfeval.web;

import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-test cases an edit is saved with: an edit of a case runs as edited, the folder untouched. */
class RuleEditorTest {
    private static final String CASE = "tests/FORM-TOTAL/fires.expect.yaml";

    /** How many cases the shipped rules have for FORM-TOTAL. */
    private static int shipped() throws IOException {
        try (var s = Files.list(Rules.DIR.resolve("tests/FORM-TOTAL"))) {
            return (int) s.filter(p -> p.toString().endsWith(".expect.yaml")).count();
        }
    }

    /** rules/ with one rule's cases, as a rules folder the workbench edits. */
    private static RuleEditor editor(Path dir) throws IOException {
        Path rules = Rules.copy(dir.resolve("rules"));
        Path cases = rules.resolve("tests/FORM-TOTAL");
        Files.createDirectories(cases);
        try (var s = Files.list(Rules.DIR.resolve("tests/FORM-TOTAL"))) {
            for (Path p : s.toList()) {
                Files.copy(p, cases.resolve(p.getFileName().toString()));
            }
        }
        return new RuleEditor(rules.toRealPath());
    }

    @Test
    void aCaseEditedRunsAsEditedAndTheFolderStaysAsItIs(@TempDir Path dir) throws IOException {
        RuleEditor editor = editor(dir);
        String before = editor.read(CASE);
        String edited = before.replace("FORM-TOTAL: 1", "FORM-TOTAL: 2");

        RuleEditor.Checked check = editor.check(CASE, edited);
        assertTrue(check.ok(), check.diagnostics().toString());
        RuleEditor.Cases cases = editor.cases(check);

        assertEquals(shipped() - 1, cases.passed());
        assertEquals(1, cases.failed());
        assertEquals(List.of("FORM-TOTAL/fires：FORM-TOTAL 应出现 2 次，实际 1 次\n      实际：ERROR 总分 › 得分（第 20 行） "
                + "总分填报 98.50，预算执行率得分 9.50 + 指标得分合计 90.00 = 99.50 (expected=99.50, actual=98.50)"), cases.failures());
        assertEquals(before, editor.read(CASE), "the edit is not written by the check");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("rules")), s.toList(), "nothing left beside the folder");
        }
    }

    @Test
    void aCaseEditedIntoNonsenseIsNamedWhereItIsInTheFolderAndItsCopyIsGone(@TempDir Path dir) throws IOException {
        RuleEditor editor = editor(dir);
        long copies = copiesLeft();

        RuleEditor.Cases cases = editor.cases(editor.check(CASE, "expect: [不是映射\n"));

        assertEquals(shipped() - 1, cases.passed());
        assertEquals(1, cases.failed());
        String failure = cases.failures().get(0);
        assertTrue(failure.startsWith(editor.dir().resolve(CASE) + "："), failure);
        assertEquals(copies, copiesLeft(), "the copy of the cases is deleted");
    }

    /** The copies of the cases an edit of a case ran on that are still in the temporary folder. */
    private static long copiesLeft() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("selfeval-cases")).count();
        }
    }

    @Test
    void anEditOfARuleRunsTheCasesAsTheyAre(@TempDir Path dir) throws IOException {
        RuleEditor editor = editor(dir);
        String params = editor.read("parameters.yaml");

        RuleEditor.Cases cases = editor.cases(editor.check("parameters.yaml", params + "\n"));

        assertEquals(new RuleEditor.Cases(shipped(), 0, List.of()), cases);
    }
}
