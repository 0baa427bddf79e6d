package dev.selfeval.ingest.yaml;

import dev.selfeval.model.Closest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a JSON or YAML token stream against a tree of records and refuses a field name no record
 * has, with its line. (Jackson reports unknown fields of records only at the end of the object.)
 * Records the line of every field it sees under its dotted path, for later value checks.
 */
public final class StrictFields {
    private final Map<String, Integer> lines = new HashMap<>();

    private StrictFields() {
    }

    /**
     * Checks one object; the parser stands on its START_OBJECT.
     *
     * @param where how to name the top level in messages
     * @return the line of every field, by dotted path ({@code indicators.reverseMethod})
     */
    public static Map<String, Integer> check(JsonParser p, Class<?> type, String where) throws IOException, StrictYaml.Invalid {
        StrictFields f = new StrictFields();
        f.walk(p, type, where, "");
        return f.lines;
    }

    private void walk(JsonParser p, Class<?> type, String where, String path) throws IOException, StrictYaml.Invalid {
        Map<String, RecordComponent> fields = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(c.getName(), c);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int line = p.currentLocation().getLineNr();
            RecordComponent c = fields.get(name);
            if (c == null) {
                throw new StrictYaml.Invalid("未知字段「" + name + "」（在 " + where + " 中）" + Closest.hint(name, fields.keySet()), line,
                        p.currentTokenLocation().getColumnNr());
            }
            String here = path.isEmpty() ? name : path + "." + name;
            lines.put(here, line);
            JsonToken value = p.nextToken();
            Class<?> element = c.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
            if (value == JsonToken.START_OBJECT && element.isRecord()) {
                walk(p, element, name, here);
            } else if (value == JsonToken.START_ARRAY && element.isRecord()) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        lines.put(here + "[" + i + "]", p.currentLocation().getLineNr());
                        walk(p, element, name, here + "[" + i + "]");
                    } else {
                        p.skipChildren();
                    }
                    i++;
                }
            } else {
                p.skipChildren();
            }
        }
    }
}
