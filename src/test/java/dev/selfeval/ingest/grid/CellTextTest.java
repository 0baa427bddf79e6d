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
    void aNumberANarrowCellWrapsJoinsWithoutASpace() {
        assertEquals("75.00%", CellText.clean("75.00\n%"));
        assertEquals("3,456,789.00", CellText.clean("3,456,789.0\n0"));
        assertEquals("1,234,567", CellText.clean("1,234,5\n67"));
        assertEquals("约 3,456,789.00", CellText.clean("约 3,456,789.\n00"));
        assertEquals("12 34", CellText.clean("12\n34"), "two whole numbers on two lines stay two");
        assertEquals("75.00 %", CellText.clean("75.00 %"), "a space typed on one line is kept");
        assertEquals("≥95% 100%", CellText.clean("≥95%\n100%"));
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
