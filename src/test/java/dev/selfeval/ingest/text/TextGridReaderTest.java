package dev.selfeval.ingest.text;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lines of extracted text as grid rows: tabs, markdown pipes and HTML tags. */
class TextGridReaderTest {

    private static String cells(String line) {
        return String.join("|", TextGridReader.cells(line).stream().map(Cell::text).toList());
    }

    @Test
    void tabsSeparateCellsAndWhitespaceFolds() {
        assertEquals("总分||100|99.81||", cells("总分\t\t100\t99.81\t\t"));
        assertEquals("项目资金 (元)|年初 预算数||", cells(" 项目资金 \u3000(元)\t  年初  预算数\t\t"));
    }

    @Test
    void markdownRowsSplitOnPipesAndRulesHaveNoCells() {
        assertEquals("总分|100|99.81", cells("| 总分 | 100 |  99.81 |"));
        assertEquals("", cells("|---|:---:|"));
        assertEquals("项目名称|委托业务项目||||", cells("项目名称 | 委托业务项目 | ||||"));
        assertEquals("为辖区 60 岁以上老年人", cells("为辖区 60 岁以上老年人"), "no pipe: one cell");
    }

    @Test
    void htmlTagsBecomeSpaces() {
        assertEquals("年度 2023", cells("<td>年度</td><td>2023</td>"));
        assertEquals("a < b", cells("a < b"));
        assertEquals("<=16元 15.2元 10 10 >=90%", cells("<=16元 15.2元 10 10 >=90%"), "a tag has a name");
    }

    /** Lines end at \n, \r\n or \r; the text after the last end is a line too, numbered as the file's lines. */
    @Test
    void linesAreNumberedAsInTheFile() {
        Grid g = TextGridReader.read("a\r\nb\rc\nd", "f.txt");
        List<String> texts = g.rows().stream().map(r -> r.line() + ":" + r.cells().get(0).text() + "@" + r.at()).toList();
        assertEquals(List.of("1:a@f.txt:1", "2:b@f.txt:2", "3:c@f.txt:3", "4:d@f.txt:4"), texts);
    }

    @Test
    void kangxiRadicalsAreRepairedInTheText() {
        assertEquals("项目资金", cells("项⽬资⾦"));
    }
}
