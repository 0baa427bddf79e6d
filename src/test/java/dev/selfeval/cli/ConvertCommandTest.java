package dev.selfeval.cli;

import dev.selfeval.ingest.json.FormJson;
import dev.selfeval.support.CliRun;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvertCommandTest {

    @Test
    void writesOneJsonFilePerFormWithExactValues(@TempDir Path out) throws Exception {
        CliRun r = CliRun.run("convert", Fixtures.SEED.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(10, files.count());
        }
        for (int n = 1; n <= 10; n++) {
            String name = String.format("000_01ee96ef31214bdb.%02d.json", n);
            assertEquals(Files.readString(Fixtures.SEED_JSON.resolve(name)), Files.readString(out.resolve(name)), name);
        }
    }

    @Test
    void convertingJsonAgainGivesTheSameFormsUnderTheirFilesIds(@TempDir Path out) throws Exception {
        CliRun r = CliRun.run("convert", Fixtures.SEED_JSON.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (int n = 1; n <= 10; n++) {
            String name = String.format("000_01ee96ef31214bdb.%02d.json", n);
            assertEquals(Files.readString(Fixtures.SEED_JSON.resolve(name)).replace(
                            "\"id\": \"000_01ee96ef31214bdb.txt#" + n + "\"", "\"id\": \"seed-json/" + name + "#1\""),
                    Files.readString(out.resolve("seed-json/" + name.replace(".json", ".1.json"))));
        }
    }

    @Test
    void withoutOutPrintsOneArray() throws Exception {
        CliRun r = CliRun.run("convert", Fixtures.SEED.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(10, FormJson.read(r.out(), Fixtures.templates().vocabulary()).size());
    }

    @Test
    void unreadableInputExits3AndStillConvertsTheRest(@TempDir Path out) {
        CliRun r = CliRun.run("convert", Fixtures.HOSTILE.resolve("empty.txt").toString(), Fixtures.SEED.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit());
        assertTrue(r.err().contains("错误 PARSE-UNREADABLE fixtures/hostile/empty.txt: 文件为空"), r.err());
        assertTrue(Files.exists(out.resolve("000_01ee96ef31214bdb.10.json")));
    }

    @Test
    void unreadableCellExits3WithFileAndLine(@TempDir Path out) {
        CliRun r = CliRun.run("convert", Fixtures.HOSTILE.resolve("bad-number.txt").toString(), "--out", out.toString());
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit());
        assertTrue(r.err().contains("错误 PARSE-UNREADABLE fixtures/hostile/bad-number.txt:6: 第 6 行 项目资金 年度资金总额 全年执行数「12,3a4」不是数字"),
                r.err());
    }

    @Test
    void missingFileExits3() {
        CliRun r = CliRun.run("convert", "no/such/file.txt");
        assertEquals(ExitCodes.INPUT_UNREADABLE, r.exit());
        assertTrue(r.err().contains("no/such/file.txt: 无法打开文件"), r.err());
    }

    @Test
    void gbkIsDetectedAndSaid() {
        CliRun r = CliRun.run("convert", Fixtures.HOSTILE.resolve("seed-gbk.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("fixtures/hostile/seed-gbk.txt: 按 GB18030 编码读取"), r.err());
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(ExitCodes.USAGE, CliRun.run("convert").exit());
        assertEquals(ExitCodes.USAGE, CliRun.run("frobnicate").exit());
        assertEquals(ExitCodes.USAGE, CliRun.run().exit());
        assertEquals(ExitCodes.USAGE, CliRun.run("convert", "--encoding", "NO-SUCH-CHARSET", "x").exit());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("convert"), help.out());
        assertTrue(help.out().contains("3  有无法读取的输入"), help.out());
        assertTrue(help.out().contains("用法：selfeval") && help.out().contains("显示本帮助并退出。"), help.out());
        CliRun version = CliRun.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("selfeval 0.1.0"), version.out());
    }

    @Test
    void fileNamesFollowTheIds() {
        assertEquals("seed.3.json", ConvertCommand.fileName("seed.txt#3", 1));
        assertEquals("dir/sub/a.12.json", ConvertCommand.fileName("dir/sub/a.txt#12", 1));
        assertEquals("seed.03.json", ConvertCommand.fileName("seed.txt#3", 2), "a file of ten forms or more numbers them 01, 02 …");
    }

    @Test
    void anExistingOutputIsKeptUnlessForced(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("convert", Fixtures.SEED.toString(), "--out", out.toString()).exit());
        assertTrue(Files.exists(out.resolve("000_01ee96ef31214bdb.01.json")), "numbered 01 … 10");
        Files.writeString(out.resolve("000_01ee96ef31214bdb.01.json"), "mine");
        CliRun again = CliRun.run("convert", Fixtures.SEED.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, again.exit());
        assertEquals("selfeval convert: --out 中已有 10 个同名文件（如 " + out.toAbsolutePath().resolve("000_01ee96ef31214bdb.01.json")
                + "），未写任何文件；要覆盖请加 --force\n", again.err());
        assertEquals("mine", Files.readString(out.resolve("000_01ee96ef31214bdb.01.json")));
        assertEquals(0, CliRun.run("convert", Fixtures.SEED.toString(), "--out", out.toString(), "--force").exit());
        assertTrue(Files.readString(out.resolve("000_01ee96ef31214bdb.01.json")).startsWith("{"));
    }

    @Test
    void fileNamesStayInsideOut() {
        assertEquals("srv/in/forms.2.json", ConvertCommand.fileName("/srv/in/forms.txt#2", 1));
        assertEquals("etc/forms.1.json", ConvertCommand.fileName("../../etc/forms.txt#1", 1));
        assertEquals("forms/a.1.json", ConvertCommand.fileName("C:\\forms\\a.txt#1", 1));
    }

    @Test
    void inputsNamedByAbsolutePathsAreWrittenUnderOut(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Fixtures.SEED, a.resolve("forms.txt"));
        Files.copy(Fixtures.SEED, b.resolve("forms.txt"));
        Path out = tmp.resolve("out");
        // two files of one name: their ids are the paths as given, here absolute
        CliRun r = CliRun.run("convert", a.resolve("forms.txt").toString(), b.resolve("forms.txt").toString(),
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String inside = tmp.toString().substring(1);
        assertTrue(Files.isRegularFile(out.resolve(inside + "/a/forms.01.json")));
        assertTrue(Files.isRegularFile(out.resolve(inside + "/b/forms.10.json")));
        try (var beside = Files.list(a)) {
            assertEquals(1, beside.count()); // forms.txt alone: nothing written beside the input
        }
        try (var written = Files.walk(out)) {
            assertEquals(20, written.filter(Files::isRegularFile).count());
        }
    }
}
