package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of the bench report on a small generated corpus; the figures themselves are not asserted. */
class BenchCommandTest {

    @Test
    void everyPhaseIsMeasuredInRoundsAndTheShareIsShown() {
        CliRun r = CliRun.run("bench", "--forms", "120", "--per-file", "40", "--runs", "2", "--threads", "1", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("corpus .*: 3 files, threads 1, rules \\d+"), lines.get(0));
        for (String phase : List.of("parse only", "rules only", "end to end")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(phase) && l.contains(" 120 forms in ")
                    && l.contains("median of 2; best")), phase + " in\n" + r.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("end to end is \\d+% of rules only  \\(median of 2 rounds; \\d+%–\\d+%\\)")),
                r.out());
        assertTrue(lines.get(lines.size() - 1).matches("peak RSS [\\d,]+ MB"), r.out());
    }

    @Test
    void unknownPhaseIsAUsageError() {
        CliRun r = CliRun.run("bench", "--only", "render");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("selfeval: unknown --only render; known: parse, rules, e2e", r.err().strip());
    }
}
