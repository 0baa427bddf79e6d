package dev.selfeval.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Project names as compared across forms: full-width folded, whitespace and punctuation removed. */
public final class ProjectNames {
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private ProjectNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }
}
