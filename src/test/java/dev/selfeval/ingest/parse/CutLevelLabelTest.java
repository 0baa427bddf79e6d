package dev.selfeval.ingest.parse;

import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LibreOffice PDFs whose page break cuts a merged level cell: each indicator gets the level names its cells show. */
class CutLevelLabelTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // the 产出指标 label printed as the last line of page 1, below the two rows it names
            "FORM-LEVEL1-SPLIT/quiet-pdf-level1-cut-by-page-break.pdf|助餐服务人次|产出指标|数量指标",
            "FORM-LEVEL1-SPLIT/quiet-pdf-level1-cut-by-page-break.pdf|服务合格率|产出指标|质量指标",
            "FORM-LEVEL1-SPLIT/quiet-pdf-level1-cut-by-page-break.pdf|补贴发放及时率|产出指标|时效指标",
            // the 效益指标 cell blank on page 1, its name printed on page 2 only
            "IND-MISPLACED/quiet-pdf-level1-named-on-next-page.pdf|亩均建设成本|产出指标|成本指标",
            "IND-MISPLACED/quiet-pdf-level1-named-on-next-page.pdf|亩均粮食产能提升|效益指标|经济效益指标",
            "IND-MISPLACED/quiet-pdf-level1-named-on-next-page.pdf|受益农户数|效益指标|社会效益指标",
            "IND-MISPLACED/quiet-pdf-level1-named-on-next-page.pdf|项目区节水率|效益指标|生态效益指标",
            // the 可持续影响指标 level-2 cell blank on page 1 (工程管护机制), named on page 2
            "PARSE-SKIPPED-ROW/fires-pdf-level2-cut-by-page-break.pdf|项目区节水率|效益指标|生态效益指标",
            "PARSE-SKIPPED-ROW/fires-pdf-level2-cut-by-page-break.pdf|工程管护机制|效益指标|可持续影响指标",
            "PARSE-SKIPPED-ROW/fires-pdf-level2-cut-by-page-break.pdf|建后管护责任落实率|效益指标|可持续影响指标"})
    void theCutCellsNameIsItsRows(String file, String indicator, String level1, String level2) {
        Form f = Fixtures.read(Path.of("rules/tests").resolve(file)).forms().get(0);
        Indicator i = f.indicators().stream().filter(x -> x.name().equals(indicator)).findFirst().orElseThrow();
        assertEquals(level1 + " › " + level2, i.level1() + " › " + i.level2());
    }
}
