package dev.selfeval.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The year of a form's title line is read without a regular expression, exactly as the expression would read it. */
class FormParserYearTest {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

    @Test
    void readsTheYearAsTheRegularExpressionWould() {
        List<String> lines = List.of("(2023 年度)", "（2023年度）", "2023\t \u000B年度", "12023年度", "202年度", "年度 2023",
                "2022 年 2023年度", "年度2021年度", "20x3 年度 2024 年度", "２０２３年度", "2023\u3000年度", "", "年度", "1999 年度 ");
        for (String line : lines) {
            Matcher m = YEAR.matcher(line);
            Integer expected = m.find() ? Integer.valueOf(m.group(1)) : null;
            assertEquals(expected, FormParser.year(line), line);
        }
        assertEquals(2023, FormParser.year("(2023 年度)"));
        assertEquals(null, FormParser.year("2023\u3000年度")); // \s is ASCII whitespace only
    }
}
