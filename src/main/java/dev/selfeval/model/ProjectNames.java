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
