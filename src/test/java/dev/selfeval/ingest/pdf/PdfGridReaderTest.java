package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample PDF's pages as grids: tables from their ruling lines, wrapped and spilling cell text joined back. */
class PdfGridReaderTest {
    private static List<Grid> pages;

    @BeforeAll
    static void read() throws Exception {
        pages = PdfGridReader.read(Files.readAllBytes(Path.of("fixtures/samples/seed-forms.pdf")), "f.pdf");
    }

    private static List<String> texts(GridRow r) {
        return r.cells().stream().map(Cell::text).toList();
    }

    @Test
    void aPageIsItsTitleLinesThenItsTableRows() {
        assertEquals(10, pages.size());
        List<GridRow> p3 = pages.get(2).rows();
        assertEquals(List.of("项目支出绩效自评表"), texts(p3.get(0)));
        assertEquals(List.of("（2023年度）"), texts(p3.get(1)));
        assertEquals("项目名称", p3.get(2).cells().get(0).text());
        assertEquals("f.pdf › 第 3 页 第 3 行", p3.get(2).at().toString());
        assertTrue(pages.get(3).continues(), "a form may run on to the next page");
    }

    /** 其中：当年财政 / 拨款 spill over the row borders of a row too low for them: one cell's text again. */
    @Test
    void wrappedTextThatSpillsOutOfItsRowIsJoinedInItsCell() {
        List<GridRow> p3 = pages.get(2).rows();
        GridRow total = p3.get(5);
        assertEquals(List.of("项目资金（元）", "年度资金总额", "1155600.00", "1155600.00", "916392.88", "10", "79.31%", "7.93", ""),
                texts(total));
        assertEquals("其中：当年财政拨款", p3.get(6).cells().get(1).text());
        assertEquals("上年结转资金", p3.get(7).cells().get(1).text());
        assertTrue(p3.get(6).cells().get(0).merged(), "项目资金（元） is one cell down the fund rows");
    }

    /** Page 7's long indicator names spill over each other's rows; each is read back whole in its own cell. */
    @Test
    void overlappingSpillsStayWithTheirCells() {
        List<String> names = pages.get(6).rows().stream().map(r -> r.cells().size() > 3 ? r.cells().get(3).text() : "")
                .toList();
        assertTrue(names.contains("热线工单受理及时率1 个工作日先行联系率工 单按时办结率"), names.toString());
        assertTrue(names.contains("推动解决老百姓身边的 急难愁盼问题"), names.toString());
        assertTrue(names.contains("市民对12345热线 诉求办理满意度"), names.toString());
    }
}
