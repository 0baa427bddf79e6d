package dev.selfeval.cli;

import dev.selfeval.support.Fixtures;
import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A server's locale (LANG=C, an ASCII platform charset) gives the same findings as a UTF-8 one. */
class AnyLocaleIT {

    @Test
    void rulesCompiledUnderLangCGiveTheSameFindings(@TempDir Path tmp) throws Exception {
        String seed = Fixtures.SEED.toAbsolutePath().toString();
        String rules = Path.of("rules").toAbsolutePath().toString();
        String[] args = {"audit", "--no-cache", "--rules", rules, "--format", "jsonl", "--fail-on", "none", seed};
        JarRun utf8 = JarRun.run(tmp, Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"), args);
        JarRun c = JarRun.run(tmp, Map.of("LANG", "C", "LC_ALL", "C"), args);
        assertEquals(0, utf8.exit(), utf8.err());
        assertEquals(0, c.exit(), c.err());
        assertEquals(findings(utf8.out()), findings(c.out()));
    }

    /** Each form's line of the JSONL report, without the run's timing. */
    private static String findings(String jsonl) {
        return jsonl.replaceAll("\"elapsedSeconds\":[0-9.]+", "").replaceAll("\"formsPerSecond\":[0-9.]+", "");
    }
}
