package dev.selfeval.model;

import java.text.Normalizer;

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

    /**
     * The first char of each word, as one string: {@code firstChars(words).indexOf(c) < 0} proves that
     * no word starts with {@code c}, the cheap test before comparing a text with each word.
     */
    public static String firstChars(Iterable<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            char c = w.charAt(0);
            if (sb.indexOf(String.valueOf(c)) < 0) {
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

    /**
     * The text as the forms' labels and numbers are compared: NFKC-folded where {@link #needsNfkc}
     * says it may change. Text of ASCII, Chinese characters and common Chinese punctuation whose
     * only compatibility characters are full-width ASCII forms and the ideographic space (most
     * such cells: （元）, ：, ％) is folded directly, which is what NFKC does to it; anything else
     * goes through {@link Normalizer}.
     */
    public static String nfkc(String s) {
        if (!needsNfkc(s)) {
            return s;
        }
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            char narrow = narrow(c);
            if (narrow != c || c < 0x80 || ideograph(c) || NFKC_STABLE.indexOf(c) >= 0) {
                out[i] = narrow;
            } else {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return new String(out);
    }

    /**
     * What NFKC makes of a full-width ASCII form ({@code ！} to {@code ～}) or the ideographic space:
     * the ASCII char; any other char as it is.
     */
    public static char narrow(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** A CJK unified ideograph (U+4E00 to U+9FFF): the Chinese text itself, which NFKC leaves as it is. */
    public static boolean ideograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** Chinese punctuation that NFKC leaves as it is: 、。《》“”‘’—. */
    private static final String NFKC_STABLE = "\u3001\u3002\u300A\u300B\u201C\u201D\u2018\u2019\u2014";

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
        if (c < '\u00A0' || c >= '\u3400' && c < '\uF900') {
            return false; // ASCII and the Chinese text itself: one or two comparisons
        }
        return c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000' || c >= '\u2000' && c <= '\u2BFF' && c != '\u2014'
                && c != '\u2026' && c != '\u203A' || c >= '\uF900' && c <= '\uFAFF' || c >= '\u3200' && c <= '\u33FF'
                || c == '\u00A0';
    }
}
