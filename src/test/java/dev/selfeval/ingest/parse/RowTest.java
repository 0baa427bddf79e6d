package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid row as the parser reads it: merged positions blank, numbers exact where the reader had them, labels by key. */
class RowTest {

    @Test
    void mergedPositionsAfterTheFirstReadBlankAndTrailingBlanksDoNotCount() {
        Cell title = Cell.of("项目支出绩效自评表");
        Row row = new Row(new GridRow(7, SourceRef.sheetRow("b.xlsx", "表1", 1),
                List.of(title, title.continuation(), Cell.of("x"), Cell.BLANK, title.continuation())));
        assertEquals(3, row.size());
        assertEquals("项目支出绩效自评表", row.cell(0));
        assertTrue(row.blank(1));
        assertEquals("项目支出绩效自评表 |  | x", row.text());
        assertEquals("表1!C1", row.at(2).place());
    }

    @Test
    void numbersComeFromTheExactValueElseFromTheText() {
        Row row = new Row(new GridRow(1, new SourceRef("t.txt", 1), List.of(
                new Cell("79.31%", new BigDecimal("79.305"), false, null), Cell.of("1,500,000"), Cell.of("1 200"),
                Cell.of("—"))));
        assertEquals(new BigDecimal("79.305"), row.number(0));
        assertEquals(new BigDecimal("1500000"), row.number(1));
        assertNull(row.number(2));
        assertNull(row.number(3));
    }

    @Test
    void labelsAreFoundByTheirKey() {
        Row row = new Row(new GridRow(1, new SourceRef("t.txt", 1), List.of(Cell.of("年度 总体 ⽬标"), Cell.of("项目资金（元）"))));
        assertEquals(0, row.find("年度总体目标"));
        assertEquals(1, row.find("项目资金(元)"));
        assertEquals(1, row.findContaining("资金"));
        assertEquals(-1, row.find("主管部门"));
    }
}
