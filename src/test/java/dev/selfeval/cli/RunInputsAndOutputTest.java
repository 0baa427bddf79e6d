package dev.selfeval.cli;

import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the run is given to read and where it writes: refused aloud before reading, never a trace or a lost input. */
class RunInputsAndOutputTest {

    @Test
    void outNamingAnInputIsRefusedAndTheInputKept(@TempDir Path tmp) throws Exception {
        Path form = Files.copy(Fixtures.SEED, tmp.resolve("forms.txt"));
        byte[] before = Files.readAllBytes(form);
        CliRun r = CliRun.run("audit", tmp.toString(), "--out", form.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("selfeval: --out " + form + "：是要审核的输入文件之一（" + form + "），写报告会覆盖它；请另选报告文件\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(form));
    }

    @Test
    void outNamingTheWaiverFileTheBaselineOrAFileOfTheRulesIsRefused(@TempDir Path tmp) throws Exception {
        Path waivers = Files.copy(Path.of("fixtures/waivers/seed.waivers.yaml"), tmp.resolve("waivers.yaml"));
        CliRun w = CliRun.run("audit", Fixtures.SEED.toString(), "--waivers", waivers.toString(), "--out", waivers.toString());
        assertEquals(ExitCodes.USAGE, w.exit());
        assertEquals("selfeval: --out " + waivers + "：是本次审核用的豁免文件（" + waivers + "），写报告会覆盖它；请另选报告文件\n", w.err());
        Path rules = dev.selfeval.support.Rules.copy(tmp.resolve("rules"));
        Path inRules = rules.resolve("report.txt");
        CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--rules", rules.toString(), "--out", inRules.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("selfeval: --out " + inRules + "：在规则目录 " + rules + " 中，写报告会改动规则；请另选报告文件\n", r.err());
        assertTrue(Files.notExists(inRules));
    }

    @Test
    void theReportTakesItsPlaceWholeAndLeavesNoPartBehind(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report.txt");
        Files.writeString(report, "an earlier report");
        assertEquals(ExitCodes.FINDINGS, CliRun.run("audit", Fixtures.SEED.toString(), "--out", report.toString()).exit());
        assertTrue(Files.readString(report).contains("10 张表"));
        try (var s = Files.list(tmp)) {
            assertEquals(java.util.List.of(report), s.toList(), "nothing but the report");
        }
    }

    /** A 3 GB file (sparse: no disk used) is refused by its size before a byte is read, as a form and as a waiver file. */
    @Test
    void aHugeFileIsRefusedByItsSizeNamingIt(@TempDir Path tmp) throws Exception {
        Path huge = tmp.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        CliRun form = CliRun.run("audit", huge.toString(), "--format", "csv");
        assertEquals(ExitCodes.INPUT_UNREADABLE, form.exit());
        assertTrue(form.out().contains("文件过大（3072 MB），超过每个文件 256 MB 的上限，未读取：请拆分成几个文件"), form.out());
        CliRun waivers = CliRun.run("audit", Fixtures.SEED.toString(), "--waivers", huge.toString());
        assertEquals(ExitCodes.USAGE, waivers.exit());
        assertEquals(huge + ": 无法读取豁免文件：文件过大（3072 MB），超过手写文件 16 MB 的上限，未读取：请检查是否选错了文件\n", waivers.err());
    }

    @Test
    void outToAFolderOrAMissingFolder(@TempDir Path tmp) {
        CliRun dir = CliRun.run("audit", Fixtures.SEED.toString(), "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, dir.exit());
        assertEquals("selfeval: --out " + tmp + "：是一个文件夹；请给出报告文件的路径\n", dir.err());
        Path missing = tmp.resolve("no/such/report.txt");
        CliRun gone = CliRun.run("audit", Fixtures.SEED.toString(), "--out", missing.toString());
        assertEquals(ExitCodes.OUTPUT_FAILED, gone.exit());
        assertEquals("selfeval: 无法写出报告 " + missing + "：路径不存在。请检查磁盘空间和写入权限，或用 --out 写到别处\n", gone.err());
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path tmp) {
        CliRun r = CliRun.run("audit", tmp.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit());
        assertEquals("selfeval: 没有可审核的文件：" + tmp + " 中没有文件\n", r.err());
    }

    @Test
    void timeoutsOutOfRangeAreUsageErrors() {
        for (String option : new String[] {"--form-timeout", "--read-timeout"}) {
            for (String t : new String[] {"Infinity", "1e300", "NaN", "1e-9", "0", "-1"}) {
                CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), option, t);
                assertEquals(ExitCodes.USAGE, r.exit(), t);
                assertTrue(r.err().startsWith("selfeval: " + option + " 应为 0.1 到 3600 之间的秒数（给的是 "), r.err());
                assertEquals("", r.out(), "nothing is read: " + t);
            }
        }
    }

    @Test
    void aNamedPipeIsRefusedNotWaitedOn(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Files.copy(Fixtures.SEED, tmp.resolve("forms.txt"));
        CliRun r = CliRun.run("audit", tmp.toString(), "--fail-on", "none");
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit());
        assertTrue(r.out().contains("  " + tmp + "/pipe  不是普通文件（命名管道、设备或套接字），未读取，以免一直等待；请先把内容存成文件\n"), r.out());
        assertTrue(r.out().contains("2 个文件 · 10 张表（无法读取 1）"), r.out());
    }

    @Test
    void aBaselineThatIsNoCompleteReportIsRefused(@TempDir Path tmp) throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.json"), "");
        Path form = Files.copy(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"), tmp.resolve("form.json"));
        Path csv = tmp.resolve("r.csv");
        assertEquals(0, CliRun.run("audit", Fixtures.SEED.toString(), "--format", "csv", "--fail-on", "none", "--out", csv.toString()).exit());
        String formats = "；--baseline 只接受本工具 --format json 或 --format jsonl 写出的完整报告\n";
        Path deep = Files.writeString(tmp.resolve("deep.json"), "[".repeat(200_000));
        Path digits = Files.writeString(tmp.resolve("digits.jsonl"), "{\"id\": \"a#1\", \"findings\": [{\"ruleId\": \"X\", "
                + "\"fingerprint\": \"f\", \"score\": " + "9".repeat(5_000) + "}]}\n");
        String[][] cases = {
                {deep.toString(), "不是 JSON 或 JSONL 报告（第 1 行：嵌套层数或数字位数超出报告会有的范围）" + formats},
                {digits.toString(), "不是 JSON 或 JSONL 报告（第 1 行：嵌套层数或数字位数超出报告会有的范围）" + formats},
                {empty.toString(), "文件为空" + formats},
                {form.toString(), "没有 summary，不是完整的报告（可能被截断，或是别的 JSON 文件）" + formats},
                {csv.toString(), "不是 JSON 或 JSONL 报告（第 1 行读不下去）" + formats},
                {tmp.resolve("none.json").toString(), "无法读取：路径不存在\n"}};
        for (String[] c : cases) {
            CliRun r = CliRun.run("audit", Fixtures.SEED.toString(), "--baseline", c[0]);
            assertEquals(ExitCodes.USAGE, r.exit(), c[0]);
            assertEquals("selfeval: --baseline " + c[0] + "：" + c[1], r.err());
        }
    }

    @Test
    void theGeneratorsFolderIsAuditedAsItIsAndWhatIsNoFormIsListed(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        assertEquals(0, CliRun.run("gen", "--forms", "20", "--seed", "3", "--per-file", "10", "--out", corpus.toString()).exit());
        Files.writeString(corpus.resolve("README.md"), "# 说明\n");
        Files.writeString(corpus.resolve(".hidden.txt"), "x");
        CliRun r = CliRun.run("audit", corpus.toString(), "--format", "json", "--fail-on", "none");
        assertEquals(0, r.exit(), r.err());
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("summary");
        assertEquals(20, summary.get("forms").asInt());
        assertEquals(2, summary.get("files").asInt());
        assertEquals("[\"" + corpus + "/.hidden.txt\",\"" + corpus + "/README.md\",\"" + corpus + "/manifest.jsonl\"]",
                summary.get("skippedFiles").toString());
        CliRun text = CliRun.run("audit", corpus.toString(), "--fail-on", "none");
        assertTrue(text.out().contains("按文件名略过的非表格文件（3）：" + corpus + "/.hidden.txt、" + corpus + "/README.md、"
                + corpus + "/manifest.jsonl\n"), text.out());
        CliRun named = CliRun.run("audit", corpus.resolve("manifest.jsonl").toString(), "--fail-on", "none");
        assertEquals(ExitCodes.INPUT_UNREADABLE, named.exit(), "a file named on the command line is always read: " + named.out());
    }
}
