package dev.selfeval.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts from an alphabet, the same on every run: for checking a fast path against its plain definition. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /**
     * {@code count} texts of 0 to {@code maxLength} chars; each char comes half the time from the
     * alphabet's first {@code common} chars (the ones the hot path sees most), else from all of it.
     */
    public static List<String> of(String alphabet, int common, int count, int maxLength) {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(maxLength + 1); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? common : alphabet.length())));
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
