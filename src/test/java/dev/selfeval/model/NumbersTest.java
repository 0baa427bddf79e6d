package dev.selfeval.model;

import dev.selfeval.support.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1,500,000|1500000", "928050.00|928050.00", "41,089.5|41089.5", "916,392.88|916392.88",
            "79.31%|79.31", "100.00%|100.00", "0|0", " 7.93 |7.93", "１２３|123", "-5|-5"})
    void reads(String cell, String expected) {
        assertEquals(expected, Numbers.parse(cell).toPlainString());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "—", "-", "/", "——"})
    void placeholdersAreBlank(String cell) {
        assertNull(Numbers.parse(cell));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12,3a4", "1,50,000", "abc", "2O", "1.2.3", "10分"})
    void refuses(String cell) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Numbers.parse(cell));
        assertEquals("「" + cell + "」不是数字", e.getMessage());
    }

    @Test
    void nullIsBlank() {
        assertNull(Numbers.parse(null));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {"'  —\u3000'|true", "'\t--\t'|true", "－|true", "'／ '|true", "–|true",
            "' - - '|false", "'\u00A0-'|false", "—— —|false", "无|false", "ab|false", "'   '|true", "'\u2003/\u2003'|true"})
    void placeholdersAsTrimmedText(String cell, boolean expected) {
        assertEquals(expected, Numbers.isPlaceholder(cell));
        String t = cell.strip();
        assertEquals(t.isEmpty() || java.util.Set.of("—", "——", "-", "--", "/", "－", "／", "–").contains(t),
                Numbers.isPlaceholder(cell), "as strip() would read it");
    }

    /** The row's number cells are read from the text when plain: the same number as tryParse, with its scale, or left to it. */
    @Test
    void plainNumbersReadInPlaceAsTryParseReadsThem() {
        int plain = 0;
        for (String t : RandomTexts.of("0123456789.%+-, 元\u3000１", 11, 20_000, 8)) {
            String s = "x" + t + "y";
            BigDecimal inPlace = Numbers.tryParsePlain(s, 1, s.length() - 1);
            if (inPlace != null) {
                plain++;
                assertEquals(Numbers.tryParse(t), inPlace, t); // BigDecimal.equals: value and scale
            }
        }
        assertTrue(plain > 2_000, "plain numbers among the random texts: " + plain);
        for (String t : new String[] {"0", "-5", "+7.25", "79.31%", "1234567890123456789012.5", "1,500", "-3,707,180.63%"}) {
            assertNotNull(Numbers.tryParsePlain(t, 0, t.length()), t);
        }
        for (String t : new String[] {"", "%", "-", "5.", ".5", "1,50", " 5", "5 %", "5%%", "１", "1,500 "}) {
            assertNull(Numbers.tryParsePlain(t, 0, t.length()), t);
        }
    }

    /** Grouped digits are checked by hand as the expression checked them, and read as the digits without their commas. */
    @Test
    void groupedNumbersAsTheExpressionAndBigDecimalReadThem() {
        java.util.regex.Pattern grouped = java.util.regex.Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
        String[] pieces = {"1", "23", "456", "7890", ",", ",000", ",999", ",12", ",3456", ".", ".5", ".25", "-", "+", "%", " "};
        java.util.Random random = new java.util.Random(11);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = sb.toString();
            boolean expected = grouped.matcher(t).matches();
            assertEquals(expected, Numbers.grouped(t, 0, t.length()), t);
            if (expected) {
                matched++;
                assertEquals(new BigDecimal(t.replace(",", "")), Numbers.tryParse(t), t); // value and scale
            }
        }
        assertTrue(matched > 500, "grouped numbers among the random texts: " + matched);
        String longOne = "-123,456,789,012,345,678.125";
        assertEquals(new BigDecimal("-123456789012345678.125"), Numbers.tryParse(longOne));
        assertEquals(new BigDecimal("1830000.00"), Numbers.tryParsePlain("x1,830,000.00y", 1, 13));
    }
}
