package dev.selfeval.ingest.parse;

import dev.selfeval.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The year of a form's title line: four digits before a year word of the vocabulary (年度), as printed in any width. */
class FormParserYearTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "(2023 年度)|2023", "（2023年度）|2023", "'2023\t \u000B年度'|2023", "12023年度|2023", "202年度|none",
            "年度 2023|none", "2022 年 2023年度|2023", "年度2021年度|2021", "20x3 年度 2024 年度|2024",
            "２０２３年度|2023", "'2023\u3000年度'|2023", "''|none", "年度|none", "'1999 年度 '|1999"})
    void readsTheYear(String line, Integer year) {
        assertEquals(year, Fixtures.templates().vocabulary().layout().year(line));
    }
}
