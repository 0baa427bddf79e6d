package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep killed half-way (SIGTERM, as Ctrl-C or a scheduler's kill) leaves the earlier report as it was, and no part of the new one. */
class InterruptedRunIT {

    @Test
    void aKilledSweepLeavesTheEarlierReportUntouched(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "20000", "--per-file", "100", "--out", corpus.toString()).exit());
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path report = out.resolve("report.jsonl");
        Files.writeString(report, "last month's report\n");
        List<String> cmd = JarRun.command("audit", corpus.resolve("forms").toString(), "--format", "jsonl", "--out", report.toString(),
                "--threads", "1", "--fail-on", "none");
        Path log = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // the run is under way once its partial report is there
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partials(out).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the sweep is still running when it is killed");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(said.contains("审核被中断，报告未写出；" + report + " 保持原样"), said);
        assertEquals("last month's report\n", Files.readString(report));
        assertEquals(List.of(), partials(out));
    }

    private static List<Path> partials(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
