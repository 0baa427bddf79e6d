package dev.selfeval.model;

import java.util.regex.Pattern;

/** Project names as compared across forms: full-width folded, whitespace and punctuation removed. */
public final class ProjectNames {
    /** ASCII whitespace, punctuation (Unicode P*) and symbols (S*). */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private ProjectNames() {
    }

    /** The name under NFKC without whitespace, punctuation and symbols; "" for none. */
    public static String key(String name) {
        return name == null ? "" : NOISE.matcher(Texts.nfkc(name)).replaceAll("");
    }
}
