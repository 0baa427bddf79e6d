package dev.selfeval.ingest.docx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample Word file's first form: paragraphs as rows, the table on its column grid, merged cells resolved. */
class DocxGridReaderTest {

    @Test
    void tablesAreLaidOnTheirColumnGrid() throws Exception {
        List<Grid> grids = DocxGridReader.read(Files.readAllBytes(Path.of("fixtures/samples/seed-forms.docx")), "f.docx");
        GridRow title = grids.get(0).rows().get(0);
        assertEquals("项目支出绩效自评表", title.cells().get(0).text());
        assertEquals("f.docx › 正文第 1 段", title.at().toString());
        List<GridRow> table = grids.get(1).rows();
        assertTrue(grids.get(1).continues());
        List<Cell> name = table.get(0).cells();
        assertEquals(10, name.size(), "项目名称 spans 2 grid columns, the name 8");
        assertEquals("区域运中心视频会商系统", name.get(2).text());
        assertTrue(name.get(3).merged());
        Cell funds = table.get(3).cells().get(0);
        assertEquals("项目资金（元）", funds.text(), "vMerge: the cell above's text, continued");
        assertTrue(funds.merged());
        assertEquals("年度资金总额", table.get(3).cells().get(2).text());
        assertEquals("表 1 第 4 行", table.get(3).at().place());
    }
}
