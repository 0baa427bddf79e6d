package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --out names where the report goes: a file is replaced whole, anything else is written to and left what it is. */
class ReportFileTest {

    @Test
    void aNamedPipeIsWrittenToAndStaysAPipe(@TempDir Path tmp) throws Exception {
        Path pipe = tmp.resolve("report.pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none", "--out", pipe.toString());
        assertEquals(0, r.exit(), r.err());
        String report = read.get(60, TimeUnit.SECONDS); // a pipe replaced by a file would never be written to
        assertTrue(report.endsWith("}}\n") && report.contains("\"summary\""), "the whole report came through the pipe");
        assertFalse(Files.isRegularFile(pipe), "still a pipe, not replaced by a file");
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "no partial report beside it");
        }
    }

    @Test
    void aLinkKeepsNamingTheFileItNames(@TempDir Path tmp) throws Exception {
        Path real = Files.writeString(Files.createDirectories(tmp.resolve("reports")).resolve("r.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("latest.jsonl"), real);
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--format", "jsonl", "--fail-on", "none", "--out", link.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("\"summary\""));
    }
}
