package dev.selfeval.cli;

import dev.selfeval.store.Database;
import dev.selfeval.store.RunQueries;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.SavedRunsScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** audit --save, runs, runs show, history and --baseline run:N on an SQLite file. */
class SavedRunsTest {

    @Test
    void theSeedSavedUnderAnotherNameComparesWithItsFirstRunAsUnchanged(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("data").resolve("runs.db");
        SavedRunsScenario.Ids ids = SavedRunsScenario.run(db.toString(), tmp);
        assertEquals(new SavedRunsScenario.Ids(1, 2), ids);
        // a bare number that is no file is a run too
        CliRun bare = CliRun.run("audit", Fixtures.SEED.toString(), "--db", db.toString(), "--baseline", "2", "--fail-on", "none");
        assertTrue(bare.out().contains("新增 0 · 原有 38 · 已解决 0"), bare.out() + bare.err());
    }

    @Test
    void aSavedRunAsBaselineNamesTheRulesChangedSince(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("runs.db");
        assertEquals(1, CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db.toString()).exit());
        Path rules = dev.selfeval.support.Rules.copy(tmp.resolve("rules"));
        dev.selfeval.support.Rules.edit(rules.resolve("funds.drl"), "rule \"执行率与重算不符\"", "rule \"执行率与重算不一致\"");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--rules", rules.toString(), "--db", db.toString(),
                "--baseline", "run:1", "--fail-on", "none");
        assertTrue(r.err().startsWith("selfeval: 基线 run:1 之后规则有变：改动 FUND-RATE。"), r.err());
        assertTrue(r.out().contains(" · 新增 0 · 原有 35 · 已解决 0 · 规则有变 3 · "), r.out());
    }

    @Test
    void aFailedRunLeavesTheDatabaseAsItWas(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("runs.db").toString();
        assertEquals(1, CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db).exit());
        // the report cannot be written: the run is not saved either
        CliRun full = CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db, "--out", "/dev/full", "--format", "json");
        assertEquals(ExitCodes.OUTPUT_FAILED, full.exit());
        assertTrue(full.err().contains("本次运行也未保存到数据库"), full.err());
        RunQueries q = new RunQueries(Database.open(db));
        assertEquals(1, q.runs(100).size());
        assertEquals(10, q.count(1, 3, null));
        assertEquals(1, CliRun.run("audit", Fixtures.SEED.toString(), "--save", "--db", db).exit());
        assertEquals(2, q.runs(100).get(0).id(), "the next run saves as usual");
    }

    @Test
    void unknownRunsAndProjectsAreUsageErrors(@TempDir Path tmp) {
        String db = tmp.resolve("runs.db").toString();
        CliRun none = CliRun.run("runs", "--db", db);
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("还没有保存的运行"), none.out());
        CliRun show = CliRun.run("runs", "show", "7", "--db", db);
        assertEquals(ExitCodes.USAGE, show.exit());
        assertTrue(show.err().contains("中没有运行 7"), show.err());
        CliRun baseline = CliRun.run("audit", Fixtures.SEED.toString(), "--db", db, "--baseline", "run:7");
        assertEquals(ExitCodes.USAGE, baseline.exit());
        assertTrue(baseline.err().contains("中没有这次运行"), baseline.err());
        assertEquals(ExitCodes.USAGE, CliRun.run("history", "没有这个项目", "--db", db).exit());
        CliRun notADb = CliRun.run("runs", "--db", Fixtures.SEED.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, notADb.exit());
        assertTrue(notADb.err().startsWith("selfeval: 无法读取数据库 "), notADb.err());
    }

    @Test
    void aReportFileNamedLikeANumberIsStillAFile(@TempDir Path tmp) throws Exception {
        Path cwdFile = Path.of("12");
        assertTrue(Files.notExists(cwdFile));
        assertEquals(12L, BaselineRun.id("12"));
        assertEquals(12L, BaselineRun.id("run:12"));
        assertEquals(null, BaselineRun.id(tmp.resolve("r.json").toString()));
        Path numbered = Files.writeString(tmp.resolve("12"), "x");
        assertEquals(null, BaselineRun.id(numbered.toString()));
    }
}
