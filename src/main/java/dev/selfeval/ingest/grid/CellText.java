package dev.selfeval.ingest.grid;

import dev.selfeval.model.Texts;

/**
 * A cell's text as every reader hands it on: trimmed, runs of whitespace folded to one space, the
 * lines of a wrapped cell joined (without a space between Chinese characters, which a wrap splits
 * mid-word: 其中：当年财政 / 拨款, nor inside a number a narrow cell wraps: 75.00 / %, 3,456,789.0 / 0),
 * and the stand-ins PDF extraction writes for Chinese characters
 * repaired ({@link Texts#repairIdeographs}).
 */
public final class CellText {
    private CellText() {
    }

    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Texts.repairIdeographs(raw);
        if (folded(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        boolean lineBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.space(c)) {
                space = true;
                lineBreak |= c == '\n' || c == '\r';
                continue;
            }
            if (space && sb.length() > 0 && !(lineBreak && (wide(sb.charAt(sb.length() - 1)) || wide(c) || wrapsNumber(sb, c)))) {
                sb.append(' ');
            }
            sb.append(c);
            space = false;
            lineBreak = false;
        }
        return sb.toString();
    }

    /** Whether the text has no whitespace to fold: none at its ends, and single spaces between words. */
    private static boolean folded(String s) {
        char before = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.space(c) && (c != ' ' || before == ' ')) {
                return false;
            }
            before = c;
        }
        return before != ' ';
    }

    /** A number cut short at a line's end (decimals or a group of thousands unfinished, a % to come), {@code c} its rest. */
    private static final java.util.regex.Pattern NUMBER_CUT = java.util.regex.Pattern.compile(
            "(^|.*\\s)(\\d[\\d,]*\\.\\d*|\\d{1,3}(,\\d{3})*,\\d{0,2})$");

    /** Whether a line break between the text so far and {@code c} falls inside a number. */
    private static boolean wrapsNumber(StringBuilder sb, char c) {
        char last = sb.charAt(sb.length() - 1);
        if (c == '%' || c == '％') {
            return last >= '0' && last <= '9';
        }
        return c >= '0' && c <= '9' && NUMBER_CUT.matcher(sb).matches();
    }

    /** Chinese text and its full-width punctuation, where a line break is no word break. */
    private static boolean wide(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF';
    }
}
