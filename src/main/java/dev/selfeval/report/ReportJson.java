package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson's JsonGenerator with the reports' fixed field names ({@link JsonKey}, kept as Jackson's
 * SerializedString, encoded once) in the field methods Jackson names by String.
 */
final class ReportJson extends JsonGeneratorDelegate {
    ReportJson(JsonGenerator g) {
        super(g, false);
    }

    void writeFieldName(JsonKey key) throws IOException {
        writeFieldName(key.serialized);
    }

    void writeStringField(JsonKey key, String value) throws IOException {
        writeFieldName(key.serialized);
        writeString(value);
    }

    void writeNumberField(JsonKey key, BigDecimal value) throws IOException {
        writeFieldName(key.serialized);
        writeNumber(value);
    }

    void writeNumberField(JsonKey key, long value) throws IOException {
        writeFieldName(key.serialized);
        writeNumber(value);
    }

    void writeNumberField(JsonKey key, double value) throws IOException {
        writeFieldName(key.serialized);
        writeNumber(value);
    }

    void writeBooleanField(JsonKey key, boolean value) throws IOException {
        writeFieldName(key.serialized);
        writeBoolean(value);
    }

    void writeNullField(JsonKey key) throws IOException {
        writeFieldName(key.serialized);
        writeNull();
    }

    void writeObjectFieldStart(JsonKey key) throws IOException {
        writeFieldName(key.serialized);
        writeStartObject();
    }

    void writeArrayFieldStart(JsonKey key) throws IOException {
        writeFieldName(key.serialized);
        writeStartArray();
    }
}
