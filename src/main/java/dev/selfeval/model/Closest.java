package dev.selfeval.model;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** The known name closest to a misspelt one, for "did you mean" in messages. */
public final class Closest {
    private Closest() {
    }

    /**
     * The name in {@code known} fewest edits away from {@code given} (case aside), when it is near
     * enough to be a slip: one edit for a name of up to three letters, else two or a third of its
     * letters, whichever is more (two letters swapped are two edits); else null.
     */
    public static String to(String given, Collection<String> known) {
        if (given == null || known.isEmpty()) {
            return null;
        }
        String g = given.toLowerCase(Locale.ROOT);
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        String best = known.stream().min(Comparator.comparingInt(k -> d.apply(g, k.toLowerCase(Locale.ROOT)))).orElse(null);
        int edits = d.apply(g, best.toLowerCase(Locale.ROOT));
        int slip = given.length() <= 3 ? 1 : Math.max(2, given.length() / 3);
        return edits <= slip ? best : null;
    }

    /** {@code ；您是否要写 X} when a known name is near, else empty. */
    public static String hint(String given, Collection<String> known) {
        String c = to(given, known);
        return c == null ? "" : "；您是否要写 " + c;
    }
}
