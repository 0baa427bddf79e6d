package dev.selfeval.ingest;

import dev.selfeval.model.Numbers;
import dev.selfeval.model.Texts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One line of PDF-extracted text split into cells. Tabs separate cells; a markdown table row
 * ({@code | 100 | 99.81 |}) is split on its pipes; HTML tags left by the extraction are dropped.
 */
final class Row {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    final int line;
    /** The text the line is part of, and where the line is in it (tags removed): label searches first ask whether a character occurs at all. */
    private final String text;
    private final int start;
    private final int end;
    /**
     * The cells, each cut out of the text when first asked for (null until then): many are only
     * read as numbers, which {@link #number} does from the text. A markdown row's come cut.
     */
    private final String[] cells;
    /**
     * Where each cell is in the text, while not yet cut: {@code bounds[2i]} its start and
     * {@code bounds[2i + 1]} its end, stored as {@code ~end} when the cell has whitespace to fold.
     * Null for a markdown row.
     */
    private final int[] bounds;
    private final int size;
    /** Label keys, computed when first asked for: most cells are never compared with a label. */
    private String[] keys;
    /**
     * A 128-bit signature of the chars on the line (bit {@code c % 128} set for each char {@code c}):
     * a clear bit proves a char absent, so most label searches end without looking at the text.
     */
    private final long charsLow;
    private final long charsHigh;

    /** Cells read as numbers, each once: null not yet read, {@link #NO_NUMBER} when the cell holds none. */
    private Object[] numbers;
    private static final Object NO_NUMBER = new Object();

    /**
     * @param cells  the cells already cut (a markdown row), or an array of {@code n} nulls
     * @param bounds where the {@code n} cells are in the text (see {@link #bounds}), or null
     */
    private Row(int line, String text, int start, int end, String[] cells, int[] bounds, int n, long charsLow,
                long charsHigh) {
        this.line = line;
        this.text = text;
        this.start = start;
        this.end = end;
        this.cells = cells;
        this.bounds = bounds;
        this.charsLow = charsLow;
        this.charsHigh = charsHigh;
        while (n > 0 && blankCell(n - 1)) {
            n--;
        }
        this.size = n;
    }

    /**
     * The line {@code text[from, to)}, numbered {@code line}. One pass over the chars gathers what
     * the rest needs: the char signature, whether there are tags, and where the tab-separated
     * cells are and which of them have whitespace to fold (most have not).
     */
    static Row parse(int line, String text, int from, int to) {
        long low = 0;
        long high = 0;
        int lt = -1;
        int[] bounds = new int[2 * CELLS];
        int n = 0;
        int cellStart = from;
        boolean fold = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c & 64) == 0) {
                low |= 1L << c;
            } else {
                high |= 1L << c;
            }
            if (c == '\t') {
                if (2 * n == bounds.length - 2) {
                    bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                }
                bounds[2 * n] = cellStart;
                bounds[2 * n + 1] = fold ? ~i : i;
                n++;
                cellStart = i + 1;
                fold = false;
            } else if (c == '<') {
                lt = lt < 0 ? i : lt;
            } else if (Texts.space(c)) {
                fold = true;
            }
        }
        bounds[2 * n] = cellStart;
        bounds[2 * n + 1] = fold ? ~to : to;
        n++;
        if (lt >= 0 && indexOf(text, lt, to, '>') >= 0) {
            // tags become spaces; what is left has no '<' with a '>' after it, so this recurses once
            String untagged = TAG.matcher(text.substring(from, to)).replaceAll(" ");
            return parse(line, untagged, 0, untagged.length());
        }
        int lead = from;
        while (lead < to && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        if (lead < to && text.charAt(lead) == '|') {
            String[] cells = NONE;
            n = 0;
            String trimmed = text.substring(from, to).strip();
            if (!MARKDOWN_RULE.matcher(trimmed).matches()) {
                int end = trimmed.endsWith("|") && trimmed.length() > 1 ? trimmed.length() - 1 : trimmed.length();
                int pipes = 0;
                for (int i = 1; i < end; i++) {
                    pipes += trimmed.charAt(i) == '|' ? 1 : 0;
                }
                cells = splitPipes(trimmed, 1, end, pipes + 1);
                n = cells.length;
            }
            return new Row(line, text, from, to, cells, null, n, low, high);
        }
        return new Row(line, text, from, to, new String[n], bounds, n, low, high);
    }

    /** Room for the cells of most lines (the forms have up to 9), before the array grows. */
    private static final int CELLS = 12;

    /** Cell {@code i} as it is, or cleaned when it has whitespace to fold. */
    private String cut(int i) {
        int from = bounds[2 * i];
        int to = bounds[2 * i + 1];
        return to < 0 ? clean(text, from, ~to) : from == to ? "" : text.substring(from, to);
    }

    /** Whether cell {@code i} is blank; without cutting it unless it has whitespace, which may be all it has. */
    private boolean blankCell(int i) {
        if (cells[i] == null && bounds[2 * i + 1] >= 0) {
            return bounds[2 * i] == bounds[2 * i + 1];
        }
        return cell0(i).isEmpty();
    }

    private String cell0(int i) {
        String c = cells[i];
        if (c == null) {
            c = cut(i);
            cells[i] = c;
        }
        return c;
    }

    private static final String[] NONE = {};

    /** The {@code n} cells of a markdown row {@code s[from, to)}, separated by its {@code n - 1} pipes, cleaned. */
    private static String[] splitPipes(String s, int from, int to, int n) {
        String[] cells = new String[n];
        int start = from;
        for (int k = 0; k < n; k++) {
            int end = k < n - 1 ? s.indexOf('|', start) : to;
            cells[k] = clean(s, start, end);
            start = end + 1;
        }
        return cells;
    }

    /** {@code s[from, to)} trimmed, with runs of whitespace folded to one space; no copy when already so. */
    private static String clean(String s, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ws = Texts.space(c);
            if (ws && (c != ' ' || space || i == from || i == to - 1)) {
                return fold(s, from, to);
            }
            space = ws;
        }
        return from == to ? "" : s.substring(from, to);
    }

    private static String fold(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ws = Texts.space(c);
            if (!ws) {
                sb.append(c);
            } else if (!space && sb.length() > 0) {
                sb.append(' ');
            }
            space = ws;
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** A label as compared: no whitespace, full-width forms folded ({@code 年度 总体 目标} = {@code 年度总体目标}). */
    static String key(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Texts.space(c) || Texts.needsNfkc(c)) {
                return Texts.squeeze(Texts.nfkc(cell));
            }
        }
        return cell; // most labels: nothing to fold or squeeze, one pass
    }

    /** A cheap test before a label search: whether any cell holds this character at all. */
    boolean mayContain(char c) {
        if (((c & 64) == 0 ? charsLow : charsHigh) << ~c >= 0) {
            return false; // the char's bit is clear
        }
        return indexOf(text, start, end, c) >= 0;
    }

    private static int indexOf(String s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    int size() {
        return size;
    }

    String cell(int i) {
        return i >= 0 && i < size ? cell0(i) : "";
    }

    String key(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (keys == null) {
            keys = new String[size];
        }
        String k = keys[i];
        if (k == null) {
            k = key(cell0(i));
            keys[i] = k;
        }
        return k;
    }

    /**
     * The number in cell {@code i} as {@link Numbers#tryParse} reads it, or null: read once, as a
     * cell is often asked whether it is a number (to line the row up) and then for its value.
     */
    BigDecimal number(int i) {
        if (i < 0 || i >= size) {
            return null;
        }
        if (numbers == null) {
            numbers = new Object[size];
        }
        Object n = numbers[i];
        if (n == null) {
            // a cell not cut yet that holds a plain number is read from the text, without a copy
            BigDecimal read = cells[i] == null && bounds[2 * i + 1] >= 0
                    ? Numbers.tryParsePlain(text, bounds[2 * i], bounds[2 * i + 1]) : null;
            if (read == null) {
                read = Numbers.tryParse(cell0(i));
            }
            n = read == null ? NO_NUMBER : read;
            numbers[i] = n;
        }
        return n == NO_NUMBER ? null : (BigDecimal) n;
    }

    boolean blank(int i) {
        return i < 0 || i >= size || blankCell(i);
    }

    boolean isBlank() {
        return size == 0;
    }

    /** The first cell whose label key starts with the given prefix, or -1. */
    int find(String prefix) {
        if (!mayContain(prefix.charAt(0))) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (!blankCell(i) && key(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The first cell whose label key contains the given text, or -1. */
    int findContaining(String part) {
        if (!mayContain(part.charAt(0))) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (!blankCell(i) && key(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Non-blank cells from {@code from} (inclusive) to {@code to} (exclusive), joined by a space. */
    String join(int from, int to) {
        String one = "";
        StringBuilder sb = null;
        for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
            String c = cell0(i);
            if (c.isEmpty()) {
                continue;
            }
            if (one.isEmpty()) {
                one = c; // most often the only one: no copy
            } else {
                if (sb == null) {
                    sb = new StringBuilder(one);
                }
                sb.append(' ').append(c);
            }
        }
        return sb == null ? one : sb.toString();
    }

    /** The whole row as the user would recognise it in the file. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : " | ").append(cell0(i));
        }
        return sb.toString();
    }
}
