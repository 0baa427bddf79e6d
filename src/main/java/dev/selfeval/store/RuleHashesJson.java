package dev.selfeval.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/** Each rule's own fingerprint as a run keeps it: a JSON object, rule id to fingerprint. */
final class RuleHashesJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleHashesJson() {
    }

    static String write(Map<String, String> hashes) throws DatabaseException {
        try {
            return hashes == null ? null : JSON.writeValueAsString(new TreeMap<>(hashes));
        } catch (JsonProcessingException e) {
            throw new DatabaseException("规则指纹无法写成 JSON：" + e.getOriginalMessage(), e);
        }
    }

    /** The fingerprints kept, or none for a run saved before they were kept (or kept wrongly). */
    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
