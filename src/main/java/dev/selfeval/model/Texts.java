package dev.selfeval.model;

/** Text helpers the hot paths share: written without regular expressions, they run per cell and per rule. */
public final class Texts {
    private Texts() {
    }

    /** The text without any whitespace (ASCII, ideographic U+3000, no-break U+00A0). */
    public static String squeeze(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !space(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!space(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace as the forms have it: ASCII controls and space, and the Unicode spaces (no table lookup). */
    public static boolean space(char c) {
        if (c < '\u0085') {
            return c <= ' ';
        }
        if (c > '\u3000') {
            return false; // the Chinese text itself: two comparisons
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200B' || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Whether NFKC would change the text: full-width forms, compatibility ideographs and the like. */
    public static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (needsNfkc(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether NFKC would change this char (see {@link #needsNfkc(String)}). */
    public static boolean needsNfkc(char c) {
        return c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000' || c >= '\u2000' && c <= '\u2BFF' && c != '\u2014'
                && c != '\u2026' && c != '\u203A' || c >= '\uF900' && c <= '\uFAFF' || c >= '\u3200' && c <= '\u33FF'
                || c == '\u00A0';
    }
}
