package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.text.TextGridReader;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A 偏差原因 cell merged over several indicator rows (a workbook's merged region, Word's vMerge) is each row's reason. */
class MergedReasonTest {
    private static final int REASON = 8;

    @Test
    void theRowsAMergedReasonCoversShareIt() throws Exception {
        Grid text = TextGridReader.read(Files.readString(Path.of("rules/tests/IND-DEDUCTION-UNEXPLAINED/fires.txt")), "merged.xlsx");
        List<GridRow> rows = new ArrayList<>(text.rows());
        Cell reason = Cell.of("人员调整，服务暂停两周");
        rows.set(12, withReason(rows.get(12), reason)); // line 13, 助餐服务人次
        rows.set(13, withReason(rows.get(13), reason.continuation())); // line 14, 服务合格率: the region's second row

        Form f = FormSplitter.read(List.of(new Grid(rows, false)), "merged.xlsx", "merged.xlsx", Fixtures.templates()).get(0);

        assertEquals("助餐服务人次", f.indicators().get(0).name());
        assertEquals("人员调整，服务暂停两周", f.indicators().get(0).reason());
        assertEquals("服务合格率", f.indicators().get(1).name());
        assertEquals("人员调整，服务暂停两周", f.indicators().get(1).reason());
        assertEquals(null, f.indicators().get(2).reason());
    }

    private static GridRow withReason(GridRow row, Cell reason) {
        List<Cell> cells = new ArrayList<>(row.cells());
        while (cells.size() <= REASON) {
            cells.add(Cell.BLANK);
        }
        cells.set(REASON, reason);
        return new GridRow(row.line(), row.at(), cells, row.note(), row.damaged());
    }
}
