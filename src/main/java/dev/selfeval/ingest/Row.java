package dev.selfeval.ingest;

import dev.selfeval.model.Texts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of PDF-extracted text split into cells. Tabs separate cells; a markdown table row
 * ({@code | 100 | 99.81 |}) is split on its pipes; HTML tags left by the extraction are dropped.
 */
final class Row {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    final int line;
    /** The line as read (tags removed): label searches first ask it whether a character occurs at all. */
    private final String raw;
    private final List<String> cells;
    /** Label keys, computed when first asked for: most cells are never compared with a label. */
    private final String[] keys;

    private Row(int line, String raw, List<String> cells) {
        this.line = line;
        this.raw = raw;
        this.cells = cells;
        this.keys = new String[cells.size()];
    }

    static Row parse(int line, String raw) {
        String text = raw.indexOf('<') >= 0 ? TAG.matcher(raw).replaceAll(" ") : raw;
        String trimmed = text.strip();
        List<String> cells = new ArrayList<>();
        if (trimmed.startsWith("|")) {
            if (!MARKDOWN_RULE.matcher(trimmed).matches()) {
                String inner = trimmed.substring(1, trimmed.endsWith("|") && trimmed.length() > 1
                        ? trimmed.length() - 1 : trimmed.length());
                for (String c : inner.split("\\|", -1)) {
                    cells.add(clean(c));
                }
            }
        } else {
            for (String c : text.split("\t", -1)) {
                cells.add(clean(c));
            }
        }
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return new Row(line, text, new ArrayList<>(cells.subList(0, end)));
    }

    /** Trimmed cell text with runs of whitespace folded to one space. */
    private static String clean(String cell) {
        StringBuilder sb = null;
        boolean space = false;
        int n = cell.length();
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            boolean ws = Texts.space(c);
            if (sb == null && (ws && (c != ' ' || space || i == 0 || i == n - 1))) {
                sb = new StringBuilder(n).append(cell, 0, i);
            }
            if (sb != null) {
                if (ws) {
                    if (!space && sb.length() > 0) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c);
                }
            }
            space = ws;
        }
        if (sb == null) {
            return cell;
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** A label as compared: no whitespace, full-width forms folded ({@code 年度 总体 目标} = {@code 年度总体目标}). */
    static String key(String cell) {
        return Texts.squeeze(Texts.needsNfkc(cell) ? Normalizer.normalize(cell, Normalizer.Form.NFKC) : cell);
    }

    /** A cheap test before a label search: whether any cell holds this character at all. */
    boolean mayContain(char c) {
        return raw.indexOf(c) >= 0;
    }

    int size() {
        return cells.size();
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    String key(int i) {
        if (i < 0 || i >= keys.length) {
            return "";
        }
        String k = keys[i];
        if (k == null) {
            k = key(cells.get(i));
            keys[i] = k;
        }
        return k;
    }

    boolean blank(int i) {
        return cell(i).isEmpty();
    }

    boolean isBlank() {
        return cells.isEmpty();
    }

    /** The first cell whose label key starts with the given prefix, or -1. */
    int find(String prefix) {
        if (!mayContain(prefix.charAt(0))) {
            return -1;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!cells.get(i).isEmpty() && key(i).startsWith(prefix)) {
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
        for (int i = 0; i < keys.length; i++) {
            if (!cells.get(i).isEmpty() && key(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Non-blank cells from {@code from} (inclusive) to {@code to} (exclusive), joined by a space. */
    String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, cells.size()); i++) {
            if (!cells.get(i).isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(cells.get(i));
            }
        }
        return sb.toString();
    }

    /** The whole row as the user would recognise it in the file. */
    String text() {
        return String.join(" | ", cells);
    }
}
