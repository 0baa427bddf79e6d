package dev.selfeval.ingest.grid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A cell's text as every reader hands it on. */
class CellTextTest {

    @Test
    void whitespaceIsTrimmedAndFoldedToOneSpace() {
        assertEquals("年初预算数 (万元)", CellText.clean("  年初预算数 \t (万元)\u3000"));
        assertEquals("a b", CellText.clean("a\u00A0\u00A0b"));
        assertEquals("", CellText.clean(" \t "));
        assertEquals("", CellText.clean(null));
    }

    @Test
    void aWrappedLineJoinsWithoutASpaceNextToChinese() {
        assertEquals("其中：当年财政拨款", CellText.clean("其中：当年财政\n拨款"));
        assertEquals("budget execution", CellText.clean("budget\r\nexecution"));
        assertEquals("数量 指标", CellText.clean("数量  指标"));
    }

    @Test
    void extractionIdeographsAreRepaired() {
        assertEquals("项目资金", CellText.clean("项⽬资⾦"));
        assertEquals("金额", CellText.clean("\uF90A额")); // a compatibility ideograph: 金
    }

    @Test
    void aCellAlreadyFoldedIsKeptAsRead() {
        String folded = "产出指标 数量指标 100%";
        assertSame(folded, CellText.clean(folded));
    }
}
