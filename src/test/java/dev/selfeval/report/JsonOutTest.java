package dev.selfeval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonOutTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void numbersAndStringsAreWhatJacksonWrites() throws Exception {
        List<Long> longs = List.of(0L, 7L, 9L, 10L, 99L, 100L, -1L, -10L, 123456789L, 999_999_999_999_999_999L,
                1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE);
        List<String> strings = List.of("", "plain", "全年执行数", "引号\"与\\反斜杠", "tab\tnewline\n\u0001", "😀 emoji", "a\u2028b");
        JsonOut g = new JsonOut(false);
        g.writeStartObject();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < longs.size(); i++) {
            g.writeFieldName("n" + i);
            g.writeNumber(longs.get(i));
            expected.put("n" + i, longs.get(i));
        }
        for (int i = 0; i < strings.size(); i++) {
            g.writeFieldName("s" + i);
            g.writeString(strings.get(i));
            expected.put("s" + i, strings.get(i));
        }
        g.writeFieldName("d");
        g.writeNumber(new BigDecimal("79.30"));
        expected.put("d", new BigDecimal("79.30"));
        g.writeEndObject();
        String ours = new String(g.toBytes(false), StandardCharsets.UTF_8);
        assertEquals(JACKSON.readTree(JACKSON.writeValueAsString(expected)), JACKSON.readTree(ours));
        assertTrue(ours.startsWith("{\"n0\":0,\"n1\":7,\"n2\":9,\"n3\":10,\"n4\":99,\"n5\":100,\"n6\":-1,\"n7\":-10,"));
        assertTrue(ours.contains("\"n11\":9223372036854775807,\"n12\":-9223372036854775808,"));
        assertTrue(ours.endsWith("\"d\":79.30}"));
    }

    /** Decimals appear exactly as written on the form: the plain string of the BigDecimal, scale kept. */
    @Test
    void decimalsAreTheirPlainStrings() {
        List<String> values = List.of("0", "0.00", "0.05", "-0.05", "-0.5", "7.93", "79.30", "100", "100.00", "-12",
                "1830000.00", "1E+3", "123456789012345678", "1234567890123456789", "0.1234567890123456789",
                "999999999999999999.99", "-9223372036854775808", "3.000000000000000000");
        for (String v : values) {
            JsonOut g = new JsonOut(false);
            g.writeNumber(new BigDecimal(v));
            assertEquals(new BigDecimal(v).toPlainString(), new String(g.toBytes(false), StandardCharsets.UTF_8), v);
        }
    }

    @Test
    void lineEndsWithOneNewline() {
        byte[] line = Json.line(g -> {
            g.writeStartObject();
            g.writeNumberField(JsonKey.forms, 12);
            g.writeEndObject();
        });
        assertEquals("{\"forms\":12}\n", new String(line, StandardCharsets.UTF_8));
    }
}
