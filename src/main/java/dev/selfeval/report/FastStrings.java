package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes strings the fast way: Chinese text is encoded to UTF-8 by the JDK's intrinsic encoder and
 * handed over as bytes (Jackson's own per-character path is the hot spot of a sweep), and field
 * names are encoded once and reused.
 */
final class FastStrings extends JsonGeneratorDelegate {
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

    FastStrings(JsonGenerator g) {
        super(g, false);
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        SerializedString encoded = NAMES.get(name);
        if (encoded == null) {
            encoded = NAMES.computeIfAbsent(name, SerializedString::new);
        }
        delegate.writeFieldName(encoded);
    }

    /** Numbers as plain text (no exponent), written raw. */
    @Override
    public void writeNumber(BigDecimal v) throws IOException {
        if (v == null) {
            delegate.writeNull();
        } else {
            delegate.writeNumber(v.toPlainString());
        }
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            delegate.writeNull();
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        delegate.writeUTF8String(utf8, 0, utf8.length);
    }
}
