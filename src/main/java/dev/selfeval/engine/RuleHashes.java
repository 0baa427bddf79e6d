package dev.selfeval.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each rule's own fingerprint: its id by the SHA-256 of its text as written (metadata, conditions and
 * consequence), 12 hex digits. Reports carry them, so that a later run compared with a report can name
 * the rules added, changed or removed since, and tell their findings apart from the forms' own changes.
 */
public final class RuleHashes {
    private RuleHashes() {
    }

    public static Map<String, String> of(RuleSet rules) {
        Map<String, String> out = new TreeMap<>();
        for (RuleSource s : rules.sources()) {
            String text = s.slice(s.rule());
            out.put(s.info().id(), hash(text != null ? text : s.info().key()));
        }
        return out;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
