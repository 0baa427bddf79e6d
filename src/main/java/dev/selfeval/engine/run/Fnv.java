package dev.selfeval.engine.run;

/**
 * 64-bit FNV-1a over a string's chars, then a final mix: the hash behind sweep signatures and
 * finding fingerprints. Stable across runs, machines and Java versions.
 */
final class Fnv {
    private Fnv() {
    }

    static long hash(String s) {
        return finish(add(START, s));
    }

    static final long START = 0xcbf29ce484222325L;

    /** The hash so far, continued over one more char: a hash can be built from pieces without joining them. */
    static long add(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = add(h, s.charAt(i));
        }
        return h;
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
