package dev.selfeval.cli;

import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving as the program does it, in processes of its own: a save killed half-way (SIGTERM, as
 * Ctrl-C; and SIGKILL) leaves the database as it was; two runs saving to one SQLite file at once both land.
 */
class SavedRunIT {

    @Test
    void aKilledSaveLeavesTheDatabaseAsItWas(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "4000", "--per-file", "100", "--out", corpus.toString()).exit());
        Path db = tmp.resolve("runs.db");
        assertEquals(1, CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db.toString()).exit());
        for (boolean forcibly : new boolean[] {false, true}) {
            Path log = tmp.resolve("stderr-" + forcibly + ".txt");
            long walBefore = size(tmp.resolve("runs.db-wal"));
            Process p = new ProcessBuilder(audit(corpus.resolve("forms"), db, "--threads", "1"))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // under way once its transaction spills into the write-ahead log
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (size(tmp.resolve("runs.db-wal")) <= walBefore + (1 << 18) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the save is under way when it is killed: " + Files.readString(log, StandardCharsets.UTF_8));
            if (forcibly) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            if (!forcibly) {
                String said = Files.readString(log, StandardCharsets.UTF_8);
                assertTrue(said.contains("审核被中断，本次运行未保存到数据库；数据库保持原样"), said);
            }
            RunQueries q = new RunQueries(Database.open(db.toString()));
            assertEquals(List.of(1L), q.runs(10).stream().map(RunQueries.Run::id).toList());
            assertEquals(10, q.count(1, 3, null));
            assertEquals(2, q.findings(1, null).size());
        }
        CliRun after = CliRun.run("runs", "show", "1", "--db", db.toString());
        assertTrue(after.out().contains("10 张表 · 错误 1 · 警告 33 · 提示 4"), after.out());
    }

    @Test
    void twoRunsSavingAtOnceBothLand(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "300", "--per-file", "50", "--out", corpus.toString()).exit());
        Path db = tmp.resolve("fresh.db");
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ps.add(new ProcessBuilder(audit(corpus.resolve("forms"), db, "--threads", "1"))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("log" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(ps.get(i).waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, ps.get(i).exitValue(), Files.readString(tmp.resolve("log" + i + ".txt"), StandardCharsets.UTF_8));
        }
        RunQueries q = new RunQueries(Database.open(db.toString()));
        assertEquals(List.of(2L, 1L), q.runs(10).stream().map(RunQueries.Run::id).toList());
        for (long id : List.of(1L, 2L)) {
            assertEquals(300, q.run(id).orElseThrow().forms());
            assertEquals(300, q.count(id, 3, null));
        }
    }

    private static List<String> audit(Path forms, Path db, String... more) {
        List<String> cmd = new ArrayList<>(JarRun.command("audit", forms.toString(), "--format", "jsonl", "--out", "/dev/null", "--fail-on", "none",
                "--save", "--db", db.toString()));
        cmd.addAll(List.of(more));
        return cmd;
    }

    private static long size(Path f) throws Exception {
        return Files.exists(f) ? Files.size(f) : 0;
    }
}
