package dev.selfeval.model;

import java.text.Normalizer;

/** Project names as compared across forms: full-width folded, whitespace and punctuation removed. */
public final class ProjectNames {
    private ProjectNames() {
    }

    /**
     * The name under NFKC without ASCII whitespace, punctuation (Unicode P*) and symbols (S*): what the
     * regular expression {@code [\s\p{P}\p{S}]} would remove, in one pass over the code points.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String simple = simpleKey(name);
        if (simple != null) {
            return simple;
        }
        String n = Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            if (!noise(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.length() == n.length() ? n : sb.toString();
    }

    /**
     * The key of a name made only of ASCII, CJK unified ideographs, full-width ASCII forms and the
     * ideographic space, as most names are, or null for any other name. NFKC changes only the last
     * two (to ASCII and a space), so the key is found without the normaliser.
     */
    private static String simpleKey(String name) {
        int n = name.length();
        char[] out = new char[n];
        int k = 0;
        boolean folded = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (Texts.ideograph(c)) {
                out[k++] = c; // ideographs: letters, and NFKC leaves them as they are
                continue;
            }
            char narrow = Texts.narrow(c);
            if (narrow == c && c >= 0x80) {
                return null;
            }
            folded |= narrow != c;
            c = narrow;
            if (!noise(c)) {
                out[k++] = c;
            }
        }
        return k == n && !folded ? name : new String(out, 0, k);
    }

    private static boolean noise(int cp) {
        if (cp == ' ' || cp >= '\t' && cp <= '\r') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
