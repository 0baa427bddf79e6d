package dev.selfeval.model;

import java.text.Normalizer;

/** Text helpers shared by the reader and the rules. */
public final class Texts {
    private Texts() {
    }

    /** Cells longer than this are shown in messages by their start and their length. */
    public static final int SHOWN_CHARS = 40;

    /** A cell's text as a message shows it: whole up to {@link #SHOWN_CHARS}, else its start and length. */
    public static String shown(String s) {
        return s.length() <= SHOWN_CHARS ? s
                : s.substring(0, s.offsetByCodePoints(0, Math.min(SHOWN_CHARS, s.codePointCount(0, s.length())) - 1))
                + "…（共 " + s.length() + " 个字符）";
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

    /** Whitespace as the forms have it: ASCII controls and space, and the Unicode spaces. */
    public static boolean space(char c) {
        if (c < '\u0085') {
            return c <= ' ';
        }
        if (c > '\u3000') {
            return false;
        }
        return c == '\u0085' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200B' || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** The text as labels and numbers are compared: NFKC (full-width forms, Kangxi radicals, compatibility ideographs folded). */
    public static String nfkc(String s) {
        return stable(s) || Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * Whether the text is only ASCII and unified CJK ideographs (U+4E00 to U+9FFF): characters NFKC
     * neither changes nor composes with, so the text is its own NFKC. Most cells are; the others are
     * asked of the Normalizer.
     */
    private static boolean stable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < '\u4E00' || c > '\u9FFF')) {
                return false;
            }
        }
        return true;
    }

    /** A label as compared: NFKC without whitespace ({@code 年度 总体 目标} = {@code 年度总体目标}, {@code 项⽬} = {@code 项目}). */
    public static String key(String s) {
        return squeeze(nfkc(s));
    }

    /**
     * The text with the characters PDF extraction puts for Chinese ones replaced by what NFKC makes
     * of them: Kangxi radicals ({@code ⽬} for 目, {@code ⾦} for 金) and CJK compatibility ideographs.
     * A form never means these; everything else (full-width punctuation, for one) stays as written.
     */
    public static String repairIdeographs(String s) {
        int i = firstExtractionIdeograph(s);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            String one = new String(Character.toChars(cp));
            sb.append(extractionIdeograph(cp) ? Normalizer.normalize(one, Normalizer.Form.NFKC) : one);
            i += one.length();
        }
        return sb.toString();
    }

    private static int firstExtractionIdeograph(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2F00 && (extractionIdeograph(c) || Character.isHighSurrogate(c) && extractionIdeograph(s.codePointAt(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Kangxi radicals (U+2F00–U+2FDF) and the CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F). */
    static boolean extractionIdeograph(int cp) {
        return cp >= 0x2F00 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }
}
