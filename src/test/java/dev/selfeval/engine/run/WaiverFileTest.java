package dev.selfeval.engine.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Waiver files as auditors save them: any encoding an editor writes, and every mistake named with its line. */
class WaiverFileTest {
    private static final String ONE = """
            waivers:
              - rule: FUND-RATE
                form: seed.txt#1
                reason: 已与财政局核对
                approver: 张三
                expires: 2027-01-01
            """;

    private static final List<String> IDS = List.of("FUND-RATE", "FUND-OVERSPENT", "IND-DUPLICATE");

    private static String error(Path dir, String text) throws Exception {
        Path f = Files.writeString(dir.resolve("w.yaml"), text);
        return assertThrows(WaiverFile.Invalid.class, () -> WaiverFile.read(f, IDS)).getMessage().replace(dir + "/", "");
    }

    @Test
    void readsGbkAndUtf16AsUtf8(@TempDir Path dir) throws Exception {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16}) {
            Path f = Files.write(dir.resolve("w.yaml"), ONE.getBytes(cs));
            var w = WaiverFile.read(f, IDS).get(0);
            assertEquals("已与财政局核对", w.reason(), cs.name());
            assertEquals("张三", w.approver());
            assertEquals(LocalDate.of(2027, 1, 1), w.expires());
        }
    }

    @Test
    void anEmptyEntryIsNamed(@TempDir Path dir) throws Exception {
        assertEquals("w.yaml:1: 第 1 条豁免是空的：每条应写 rule、form 或 project 或 department、reason、approver、expires",
                error(dir, "waivers:\n  - null\n"));
        assertEquals("w.yaml:1: 第 2 条豁免是空的：每条应写 rule、form 或 project 或 department、reason、approver、expires",
                error(dir, ONE + "  -\n"));
    }

    @Test
    void aYearOfFiveDigitsIsNoDate(@TempDir Path dir) throws Exception {
        assertEquals("w.yaml:2: 第 1 条豁免的 expires「+10000-01-01」不是 YYYY-MM-DD 格式的日期",
                error(dir, ONE.replace("2027-01-01", "\"+10000-01-01\"")));
    }

    @Test
    void aKeyWrittenTwiceIsRefused(@TempDir Path dir) throws Exception {
        assertEquals("w.yaml:5:11: 豁免文件格式错误：「reason」写了两次：只保留一个",
                error(dir, ONE.replace("    reason: 已与财政局核对\n", "    reason: 已与财政局核对\n    reason: 另一个\n")));
    }

    @Test
    void anUnknownRuleIdNamesTheClosestOne(@TempDir Path dir) throws Exception {
        assertEquals("w.yaml:2: 第 1 条豁免的规则编号「FUND-RATEE」不存在；您是否要写 FUND-RATE（规则编号见 selfeval rules check）",
                error(dir, ONE.replace("rule: FUND-RATE", "rule: FUND-RATEE")));
        assertEquals("w.yaml:2: 第 1 条豁免的规则编号「NOTHING-LIKE-IT」不存在（规则编号见 selfeval rules check）",
                error(dir, ONE.replace("rule: FUND-RATE", "rule: NOTHING-LIKE-IT")));
    }

    @Test
    void aFormGivenByItsNumberSaysToUseItsId(@TempDir Path dir) throws Exception {
        assertEquals("w.yaml:2: 第 1 条豁免的 form「3」是表的序号，应写表格编号：文件名加 # 和序号，如 000_01ee96ef31214bdb.txt#3（见报告中每张表的编号）",
                error(dir, ONE.replace("form: seed.txt#1", "form: 3")));
    }
}
