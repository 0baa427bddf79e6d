package dev.selfeval.report;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A small JSON writer into a byte buffer, for the reports: UTF-8 written straight from the chars,
 * no per-string allocation (a sweep writes gigabytes of mostly Chinese text). Method names follow
 * Jackson's JsonGenerator. Pretty output indents by two spaces; compact output is one line.
 */
final class JsonOut {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf = new byte[8192];
    private int len;
    private final boolean pretty;
    private int depth;
    /** Per nesting level: whether the next value is the first in its object or array. */
    private boolean[] first = new boolean[16];
    /** True right after a field name: the value follows without a separator. */
    private boolean afterName;

    JsonOut(boolean pretty) {
        this.pretty = pretty;
        first[0] = true;
    }

    /** Empties the writer for the next value, keeping its buffer. */
    void reset() {
        len = 0;
        depth = 0;
        first[0] = true;
        afterName = false;
    }

    /** What was written, and a newline after it when asked. */
    byte[] toBytes(boolean newline) {
        byte[] out = Arrays.copyOf(buf, newline ? len + 1 : len);
        if (newline) {
            out[len] = '\n';
        }
        return out;
    }

    // --- structure

    void writeStartObject() {
        beforeValue();
        put('{');
        open();
    }

    void writeEndObject() {
        close('}');
    }

    void writeStartArray() {
        beforeValue();
        put('[');
        open();
    }

    void writeEndArray() {
        close(']');
    }

    void writeFieldName(String name) {
        separator();
        putQuoted(name);
        put(':');
        afterFieldName();
    }

    /** A field name of the reports' fixed set, copied already encoded. */
    void writeFieldName(JsonKey key) {
        separator();
        byte[] q = key.quoted;
        ensure(q.length);
        System.arraycopy(q, 0, buf, len, q.length);
        len += q.length;
        afterFieldName();
    }

    private void afterFieldName() {
        if (pretty) {
            put(' ');
        }
        afterName = true;
    }

    // --- values

    void writeString(String s) {
        beforeValue();
        if (s == null) {
            putAscii("null");
            return;
        }
        putQuoted(s);
    }

    /** As {@link BigDecimal#toPlainString()}; values of up to 18 digits are written without making a string. */
    void writeNumber(BigDecimal v) {
        beforeValue();
        if (v == null) {
            putAscii("null");
            return;
        }
        int scale = v.scale();
        if (scale < 0 || scale > 18 || v.precision() > 18) {
            putAscii(v.toPlainString());
            return;
        }
        putDecimal(v.scaleByPowerOfTen(scale).longValue(), scale); // the unscaled value, without a BigInteger
    }

    void writeNumber(long v) {
        beforeValue();
        if (v == Long.MIN_VALUE) {
            putAscii(Long.toString(v));
            return;
        }
        putDecimal(v, 0);
    }

    void writeNumber(double v) {
        beforeValue();
        putAscii(Double.toString(v));
    }

    void writeBoolean(boolean b) {
        beforeValue();
        putAscii(b ? "true" : "false");
    }

    void writeNull() {
        beforeValue();
        putAscii("null");
    }

    // --- fields, as Jackson names them (names from the data: writeFieldName(String), then the value)

    void writeStringField(JsonKey key, String value) {
        writeFieldName(key);
        writeString(value);
    }

    void writeNumberField(JsonKey key, BigDecimal value) {
        writeFieldName(key);
        writeNumber(value);
    }

    void writeNumberField(JsonKey key, long value) {
        writeFieldName(key);
        writeNumber(value);
    }

    void writeNumberField(JsonKey key, double value) {
        writeFieldName(key);
        writeNumber(value);
    }

    void writeBooleanField(JsonKey key, boolean value) {
        writeFieldName(key);
        writeBoolean(value);
    }

    void writeNullField(JsonKey key) {
        writeFieldName(key);
        writeNull();
    }

    void writeObjectFieldStart(JsonKey key) {
        writeFieldName(key);
        writeStartObject();
    }

    void writeArrayFieldStart(JsonKey key) {
        writeFieldName(key);
        writeStartArray();
    }

    // --- layout

    private void open() {
        depth++;
        if (depth == first.length) {
            first = Arrays.copyOf(first, depth * 2);
        }
        first[depth] = true;
    }

    private void close(char c) {
        boolean empty = first[depth];
        depth--;
        if (pretty && !empty) {
            newline();
        }
        put(c);
    }

    /** Before a value: nothing after a field name, else a comma and (pretty) a new line. */
    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth == 0) {
            return;
        }
        if (!first[depth]) {
            put(',');
        }
        first[depth] = false;
        if (pretty) {
            newline();
        }
    }

    private void newline() {
        put('\n');
        for (int i = 0; i < depth; i++) {
            put(' ');
            put(' ');
        }
    }

    // --- bytes

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private void put(char ascii) {
        ensure(1);
        buf[len++] = (byte) ascii;
    }

    /** Decimal digits of a non-negative number (1 for 0). */
    private static int digits(long v) {
        int digits = 1;
        for (long p = 10; digits < 19 && p <= v; p *= 10) {
            digits++;
        }
        return digits;
    }

    /**
     * {@code unscaled × 10^-scale} as a plain decimal ({@code |unscaled| < 10^18}), written right to left
     * dividing by the constant 10 only: fraction digits, the point, then the integer part.
     */
    private void putDecimal(long unscaled, int scale) {
        boolean negative = unscaled < 0;
        long u = negative ? -unscaled : unscaled;
        int whole = Math.max(1, digits(u) - scale);
        int total = (negative ? 1 : 0) + whole + (scale > 0 ? scale + 1 : 0);
        ensure(total);
        byte[] b = buf;
        int p = len + total;
        for (int i = 0; i < scale; i++) {
            b[--p] = (byte) ('0' + u % 10);
            u /= 10;
        }
        if (scale > 0) {
            b[--p] = '.';
        }
        for (int i = 0; i < whole; i++) {
            b[--p] = (byte) ('0' + u % 10);
            u /= 10;
        }
        if (negative) {
            b[--p] = '-';
        }
        len += total;
    }

    private void putAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /**
     * The string in quotes, its chars as UTF-8, with JSON escapes for quotes, backslashes and control characters.
     * Room for the worst case (six bytes a char) is made first, so the loop works on locals.
     */
    private void putQuoted(String s) {
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = buf;
        int p = len;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else if (c >= 0x20) {
                    b[p++] = '\\';
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    b[p++] = 'u';
                    b[p++] = '0';
                    b[p++] = '0';
                    b[p++] = HEX[c >> 4];
                    b[p++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = (byte) 0xEF; // a lone surrogate is written as U+FFFD
                b[p++] = (byte) 0xBF;
                b[p++] = (byte) 0xBD;
            }
        }
        b[p++] = '"';
        len = p;
    }
}
