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
}
