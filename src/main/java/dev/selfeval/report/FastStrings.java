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
        delegate.writeFieldName(NAMES.computeIfAbsent(name, SerializedString::new));
    }

    /** Small decimals (all the forms have) written from their digits, without BigDecimal's string building. */
    @Override
    public void writeNumber(BigDecimal v) throws IOException {
        if (v == null) {
            delegate.writeNull();
            return;
        }
        int scale = v.scale();
        if (scale < 0 || scale > 9 || v.precision() > 18) {
            delegate.writeNumber(v);
            return;
        }
        long unscaled = v.unscaledValue().longValue();
        StringBuilder sb = new StringBuilder(24);
        if (unscaled < 0) {
            sb.append('-');
            unscaled = -unscaled;
        }
        String digits = Long.toString(unscaled);
        if (scale == 0) {
            sb.append(digits);
        } else if (digits.length() > scale) {
            sb.append(digits, 0, digits.length() - scale).append('.').append(digits, digits.length() - scale, digits.length());
        } else {
            sb.append("0.").append("0".repeat(scale - digits.length())).append(digits);
        }
        delegate.writeNumber(sb.toString());
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
