package dev.selfeval.engine.authoring;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.load.RuleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every case of rules/tests against rules/ (the same cases `selfeval rules test`
 * runs), and checks that each catalogue rule has a case where it fires and one where it does not.
 */
class RuleCasesTest {
    static final Path CASES = Path.of("rules/tests");
    private static RuleCaseRunner runner;

    @BeforeAll
    static void load() throws Exception {
        runner = new RuleCaseRunner(RuleFiles.of(Path.of("rules")));
    }

    static List<Path> cases() throws IOException {
        return RuleCaseFile.discover(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(Path file) throws Exception {
        RuleCaseRunner.Result r = runner.run(RuleCaseFile.read(file));
        assertTrue(r.passed(), () -> String.join("\n", r.failures()));
    }

    @Test
    void everyRuleFiresInSomeCase() throws Exception {
        Set<String> fired = new TreeSet<>();
        for (Path p : cases()) {
            fired.addAll(runner.run(RuleCaseFile.read(p)).fired());
        }
        List<String> never = runner.rules().rules().stream().map(RuleInfo::id).filter(id -> !fired.contains(id)).toList();
        assertEquals(List.of(), never, "what `selfeval rules test --coverage` lists");
    }

    @Test
    void everyCatalogueRuleHasAFiringAndAQuietCase() throws Exception {
        Set<String> fires = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (Path p : cases()) {
            for (Map.Entry<String, Integer> e : RuleCaseFile.read(p).expect().entrySet()) {
                (e.getValue() > 0 ? fires : quiet).add(e.getKey());
            }
        }
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : runner.rules().rules()) {
            if (r.scoring()) {
                continue;
            }
            if (!fires.contains(r.id())) {
                missing.add(r.id() + " has no case where it fires");
            }
            if (!quiet.contains(r.id())) {
                missing.add(r.id() + " has no case where it stays quiet");
            }
        }
        assertEquals(List.of(), missing);
    }
}
