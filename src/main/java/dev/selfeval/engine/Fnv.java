package dev.selfeval.engine;

/**
 * 64-bit FNV-1a over a string's chars, then a final mix: the hash behind sweep signatures and
 * finding fingerprints. Stable across runs, machines and Java versions.
 */
final class Fnv {
    private Fnv() {
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
