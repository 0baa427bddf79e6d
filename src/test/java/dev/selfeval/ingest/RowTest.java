package dev.selfeval.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A row's cells and its label searches, including the char signature that lets a search skip a row. */
class RowTest {

    @Test
    void signatureNeverHidesACharThatIsThere() {
        String text = "前文\t项目名称\tA?~\u007f\u0040\u3000评分\n后文";
        Row row = Row.parse(1, text, 3, text.indexOf('\n'));
        for (char c : "项目名称A?~\u007f\u0040\u3000评分".toCharArray()) {
            assertTrue(row.mayContain(c), () -> "char U+" + Integer.toHexString(c));
        }
        // outside the line, and chars absent whatever their bit: 前 and 后 sit in the text around the row
        for (char c : "前后文主管部门Bz\u0000".toCharArray()) {
            assertFalse(row.mayContain(c), () -> "char U+" + Integer.toHexString(c));
        }
        assertEquals(0, row.find("项目"));
        assertEquals(-1, row.find("主管部门"));
        assertEquals(1, row.findContaining("评"));
    }

    @Test
    void cellsAreCutAtTabsAndFoldedOnlyWhereTheyHaveWhitespace() {
        String total = "总分\t\t100\t99.81\t\t";
        Row plain = Row.parse(1, total, 0, total.length());
        assertEquals(4, plain.size());
        assertEquals("总分||100|99.81", String.join("|", plain.cell(0), plain.cell(1), plain.cell(2), plain.cell(3)));
        String line = " 项目资金 \u3000(元)\t  年初  预算数\t\t";
        Row folded = Row.parse(1, line, 0, line.length());
        assertEquals(2, folded.size());
        assertEquals("项目资金 (元)", folded.cell(0));
        assertEquals("年初 预算数", folded.cell(1));
        assertEquals("项目资金(元)", folded.key(0));
        String md = "| 总分 | 100 |  99.81 |";
        Row markdown = Row.parse(1, md, 0, md.length());
        assertEquals("总分|100|99.81", String.join("|", markdown.cell(0), markdown.cell(1), markdown.cell(2)));
        String html = "<td>年度</td><td>2023</td>";
        Row tagged = Row.parse(1, html, 0, html.length());
        assertEquals("年度 2023", tagged.cell(0));
    }

    /** Cells are cut when asked for; number cells are read in place; whitespace-only cells are blank. */
    @Test
    void numbersAreReadWithoutCuttingAndBlankCellsNeedNoText() {
        String line = "总分\t \u3000\t100\t99.81%\t 1 200 \t  \t";
        Row row = Row.parse(1, line, 0, line.length());
        assertEquals(5, row.size(), "the whitespace-only cell at the end is not part of the row");
        assertTrue(row.blank(1));
        assertEquals(new java.math.BigDecimal("100"), row.number(2));
        assertEquals(new java.math.BigDecimal("99.81"), row.number(3));
        assertEquals("99.81%", row.cell(3));
        assertEquals(null, row.number(4), "1 200 is not a number");
        assertEquals("1 200", row.cell(4));
        assertEquals("总分 |  | 100 | 99.81% | 1 200", row.text());
    }

    /** A line with more cells than most (the cell array grows), with a blank tail that is not part of the row. */
    @Test
    void longLinesKeepEveryCell() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            line.append(i % 7 == 3 ? "" : " c" + i + " ").append('\t');
        }
        line.append("\t\t");
        Row row = Row.parse(1, line.toString(), 0, line.length());
        assertEquals(30, row.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(i % 7 == 3 ? "" : "c" + i, row.cell(i), "cell " + i);
        }
        assertEquals("", row.cell(30));
        assertEquals(29, row.find("c29"));
    }
}
