package dev.selfeval.ingest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/form.schema.json documents exactly the fields the reader and writer use, at every level. */
class FormSchemaTest {
    private final JsonNode schema = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("docs/form.schema.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void schemaVersionMatches() {
        assertEquals(FormDocument.SCHEMA_VERSION, schema.at("/properties/schemaVersion/const").asInt());
    }

    @Test
    void everyRecordFieldIsDocumentedAndNothingElse() {
        compare(FormDocument.class, schema, "");
    }

    private void compare(Class<?> type, JsonNode node, String path) {
        JsonNode props = resolve(node).get("properties");
        Set<String> documented = new TreeSet<>();
        props.fieldNames().forEachRemaining(documented::add);
        Set<String> used = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            used.add(c.getName());
        }
        assertEquals(used, documented, "fields at " + (path.isEmpty() ? "top level" : path));
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            JsonNode child = resolve(props.get(c.getName()));
            if (t == List.class) {
                t = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                child = resolve(child.get("items"));
            } else if (t == java.util.Map.class) {
                t = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[1];
                child = resolve(child.get("additionalProperties"));
            }
            if (t.isRecord()) {
                compare(t, child, path + "/" + c.getName());
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : schema.at(ref.asText().substring(1));
    }
}
