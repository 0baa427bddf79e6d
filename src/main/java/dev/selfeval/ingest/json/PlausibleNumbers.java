package dev.selfeval.ingest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import dev.selfeval.model.Numbers;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Jackson's BigDecimal reading, refusing a number no form can hold ({@code 1e999999999}: see
 * {@link Numbers#plausible}) with its field and line, before any arithmetic sees it.
 */
final class PlausibleNumbers extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        BigDecimal n = super.deserialize(p, ctxt);
        if (n != null && !Numbers.plausible(n)) {
            throw JsonMappingException.from(p, "字段 " + p.currentName() + " 的数值 " + p.getText() + "：" + Numbers.implausible());
        }
        return n;
    }
}
