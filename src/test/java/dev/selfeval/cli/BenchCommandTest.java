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
        CliRun r = CliRun.run("bench", "--forms", "120", "--per-file", "40", "--warmup", "1", "--runs", "2", "--threads", "1",
                "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("corpus .*: 3 files, threads 1, rules \\d+"), lines.get(0));
        for (String phase : List.of("parse only", "rules only", "end to end")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(phase) && l.contains(" 120 forms in ")
                    && l.matches(".* µs CPU a form, JIT [\\d,]+ ms\\)  median of 2; best .*")), phase + " in\n" + r.out());
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("end to end is \\d+% of rules only  \\(median of 2 rounds; \\d+%–\\d+%\\)")),
                r.out());
        assertTrue(lines.get(lines.size() - 1).matches("peak RSS [\\d,]+ MB"), r.out());
    }

    @Test
    void stagesAreMeasuredOnOneThread() {
        CliRun r = CliRun.run("bench", "--forms", "80", "--per-file", "40", "--runs", "2", "--stages", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).matches("stages on one thread, 80 forms a pass, median of 2 rounds \\(CPU and allocation a form\\):"),
                r.out());
        List<String> stages = List.of("read and parse", "+ rules", "+ index entry", "+ ledger and JSONL", "all");
        for (int k = 0; k < stages.size(); k++) {
            String line = lines.get(2 + k);
            assertTrue(line.startsWith("  " + stages.get(k) + " ") && line.matches(".* -?\\d+\\.\\d µs +-?\\d+\\.\\d KB"), line);
        }
        assertEquals(ExitCodes.USAGE, CliRun.run("bench", "--stages", "--only", "rules").exit());
    }

    @Test
    void bareBenchGeneratesASmallCorpus() {
        BenchCommand bench = new BenchCommand();
        new picocli.CommandLine(bench).parseArgs();
        assertEquals(10_000, bench.forms, "seconds, not minutes: 100,000 forms are asked for by --forms");
    }

    @Test
    void unknownPhaseIsAUsageError() {
        CliRun r = CliRun.run("bench", "--only", "render");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("selfeval bench: 不认识的 --only「render」；可用：parse、rules、e2e", r.err().strip());
        assertEquals(ExitCodes.USAGE, CliRun.run("bench", "--warmup", "-1").exit());
    }
}
