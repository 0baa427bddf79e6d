package dev.selfeval.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1,500,000|1500000", "928050.00|928050.00", "41,089.5|41089.5", "916,392.88|916392.88",
            "79.31%|79.31", "100.00%|100.00", "0|0", " 7.93 |7.93", "１２３|123", "-5|-5"})
    void reads(String cell, String expected) {
        assertEquals(expected, Numbers.tryParse(cell).toPlainString());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "—", "-", "/", "——", "12,3a4", "1,50,000", "abc", "2O", "1.2.3", "10分"})
    void refuses(String cell) {
        assertNull(Numbers.tryParse(cell));
    }

    @Test
    void nullIsNoNumber() {
        assertNull(Numbers.tryParse(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"-123,456,789,012,345,678.125|-123456789012345678.125", "+7.25|7.25",
            "1,830,000.00|1830000.00", "１，５００％|1500", "　５０　|50"})
    void readsGroupedSignedAndFullWidth(String cell, String expected) {
        assertEquals(new BigDecimal(expected), Numbers.tryParse(cell)); // value and scale
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.", ".5", "1,50", "1234,567", "5%%", "1,500,00", "--5", "5 5"})
    void refusesWhatIsNotOneNumber(String cell) {
        assertNull(Numbers.tryParse(cell));
        assertFalse(Numbers.isNumber(cell));
    }
}
