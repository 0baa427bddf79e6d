package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.text.TextGridReader;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 总分 row's weight, score and grade; a page number a PDF printed on the row (- 1 -, 第 2 页) is none of them. */
class TotalRowTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "'总分\t\t\t\t\t\t100\t99.50\t'|100|99.50|none",
            "'总分\t\t\t\t\t\t100\t99.50\t\t- 1 -'|100|99.50|none",
            "'总分\t\t\t\t\t\t100\t99.50\t第 2 页\t优'|100|99.50|优",
            "'总分\t- 1 -\t\t\t\t\t100\t99.50\t'|100|99.50|none"})
    void aPageNumberOnTheRowIsNoNumberAndNoGrade(String totalRow, String weight, String score, String grade) throws Exception {
        String text = Files.readString(Path.of("rules/tests/FORM-TOTAL/quiet.txt"))
                .replace("总分\t\t\t\t\t\t100\t99.50\t", totalRow);
        Form f = FormSplitter.read(List.of(TextGridReader.read(text, "total.txt")), "total.txt", "total.txt", Fixtures.templates()).get(0);

        assertEquals(weight, f.total().weight().toPlainString());
        assertEquals(score, f.total().score().toPlainString());
        assertEquals(grade, f.total().grade());
        assertEquals(List.of(), f.problems().stream().map(p -> p.code() + " " + p.message()).toList());
    }
}
