package dev.selfeval.ingest;

import dev.selfeval.model.FundKind;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A number no form can hold is refused where it is read, naming its cell, before arithmetic sees it. */
class HostileNumbersTest {

    private static FileResult readJson(String executed) throws Exception {
        String json = Files.readString(Fixtures.SEED_JSON.resolve("000_01ee96ef31214bdb.01.json"))
                .replaceFirst("\"executed\": 928050", "\"executed\": " + executed);
        return FormReaders.read(json.getBytes(StandardCharsets.UTF_8), "a.json", "a.json", null, Format.JSON,
                Fixtures.templates());
    }

    @Test
    void hugeAndTinyExponentsInJsonAreRefusedWithTheirField() throws Exception {
        for (String n : new String[] {"1e999999999", "1e-999999999", "1234567890123456789"}) {
            FileResult r = readJson(n);
            assertFalse(r.readable(), n);
            assertEquals("a.json:22: JSON 不符合表格格式：字段 executed 的数值 " + n
                    + "：数值超出表格可能的范围（整数部分至多 18 位，小数至多 10 位）", r.errorMessage());
        }
    }

    @Test
    void largestPlausibleNumbersAreRead() throws Exception {
        assertEquals(new BigDecimal("999999999999999999.0123456789"),
                readJson("999999999999999999.0123456789").forms().get(0).fund(FundKind.TOTAL).executed());
        assertTrue(Numbers.plausible(new BigDecimal("1.50000000000000000000")), "trailing zeros are no digits");
        assertFalse(Numbers.plausible(new BigDecimal("0.00000000001")));
    }

    @Test
    void aHundredThousandDigitCellIsNamedShortly() throws Exception {
        String seed = Files.readString(Fixtures.SEED);
        String text = seed.replaceFirst("928,050", "9".repeat(100_000));
        FileResult r = FormReaders.read(text.getBytes(StandardCharsets.UTF_8), "long.txt", "long.txt", null,
                Format.TEXT, Fixtures.templates());
        assertNull(r.forms().get(0).fund(FundKind.TOTAL).executed());
        assertEquals(new ReadProblem("PARSE-UNREADABLE", 8, "项目资金 年度资金总额 全年执行数",
                "9".repeat(39) + "…（共 100000 个字符）",
                "第 8 行 项目资金 年度资金总额 全年执行数「" + "9".repeat(39) + "…（共 100000 个字符）」"
                + "数值超出表格可能的范围（整数部分至多 18 位，小数至多 10 位），按空白处理"), r.forms().get(0).problems().get(0));
    }
}
