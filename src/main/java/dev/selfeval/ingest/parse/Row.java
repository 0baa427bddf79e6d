package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.SourceRef;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A grid row as the form parser reads it. A merged region's text counts at its first position only
 * (the rest read blank, as in extracted text, where a blank level cell means "as above"); trailing
 * blank cells do not count (a cell the reader could not read is not blank). Label keys and numbers are worked out once per cell, when first asked for.
 */
final class Row {
    final int line;
    final GridRow grid;
    private final String[] cells;
    private final int size;
    private String[] keys;
    private Object[] numbers;
    private static final Object NO_NUMBER = new Object();

    Row(GridRow grid) {
        this.line = grid.line();
        this.grid = grid;
        List<Cell> in = grid.cells();
        cells = new String[in.size()];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            Cell c = in.get(i);
            cells[i] = c.merged() ? "" : c.text();
            if (!cells[i].isEmpty() || c.problem() != null) {
                n = i + 1;
            }
        }
        size = n;
    }

    int size() {
        return size;
    }

    boolean isBlank() {
        return size == 0;
    }

    String cell(int i) {
        return i >= 0 && i < size ? cells[i] : "";
    }

    boolean blank(int i) {
        return cell(i).isEmpty();
    }

    /** Cell {@code i} as a label is compared: NFKC, no whitespace. */
    String key(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (keys == null) {
            keys = new String[size];
        }
        if (keys[i] == null) {
            keys[i] = Texts.key(cells[i]);
        }
        return keys[i];
    }

    /** The number in cell {@code i}: the exact value of a number cell, else what its text reads as; null for none. */
    BigDecimal number(int i) {
        if (i < 0 || i >= size) {
            return null;
        }
        if (numbers == null) {
            numbers = new Object[size];
        }
        if (numbers[i] == null && cells[i].isEmpty()) {
            numbers[i] = NO_NUMBER; // blank, or a merged region's position after its first: its number counts there only
        }
        if (numbers[i] == null) {
            BigDecimal exact = grid.cells().get(i).number();
            BigDecimal n = exact == null ? Numbers.tryParse(cells[i]) : Numbers.plausible(exact) ? exact : null;
            numbers[i] = n == null ? NO_NUMBER : n;
        }
        return numbers[i] == NO_NUMBER ? null : (BigDecimal) numbers[i];
    }

    /** Whether cell {@code i} is a spreadsheet's number, stored apart from how it is shown. */
    boolean hasStored(int i) {
        return number(i) != null && grid.cells().get(i).number() != null;
    }

    /** The label key of the first filled cell; empty for a blank row. */
    String firstKey() {
        int i = firstFilled(0, Integer.MAX_VALUE);
        return i < 0 ? "" : key(i);
    }

    /** Whether exactly one cell is filled: a line of text on its own, as a paragraph's next line is. */
    boolean oneCell() {
        int first = firstFilled(0, size);
        return first >= 0 && firstFilled(first + 1, size) < 0;
    }

    /** A spreadsheet number in cell {@code i} as stored, all its decimals kept; else as {@link #number}. */
    BigDecimal stored(int i) {
        BigDecimal s = hasStored(i) ? grid.cells().get(i).stored() : null;
        return s == null ? number(i) : s;
    }

    /** The number in cell {@code i} as a 分值 or 得分 reads: a number, or one before a unit of points (20分); null for none. */
    BigDecimal points(int i, Vocabulary vocabulary) {
        BigDecimal n = number(i);
        return n != null || blank(i) ? n : vocabulary.points(cells[i]);
    }

    /** The text at position {@code i} of the merged region that covers it (blank when it is not merged). */
    String covering(int i) {
        return mergedInto(i) ? grid.cells().get(i).text() : "";
    }

    /** Whether cell {@code i} is part of a merged region started above or left of it. */
    boolean mergedInto(int i) {
        List<Cell> in = grid.cells();
        return i >= 0 && i < in.size() && in.get(i).merged();
    }

    /** Why cell {@code i} could not be read as shown (a formula without a stored result), or null. */
    String problem(int i) {
        return i >= 0 && i < grid.cells().size() ? grid.cells().get(i).problem() : null;
    }

    /** The first cell whose label key starts with the given prefix, or -1. */
    int find(String prefix) {
        for (int i = 0; i < size; i++) {
            if (!cells[i].isEmpty() && key(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The first cell whose label key starts with one of the labels, or -1. */
    int find(List<String> labels) {
        return find(labels, 0);
    }

    /** The first cell from {@code from} on whose label key starts with one of the labels, or -1. */
    int find(List<String> labels, int from) {
        for (int i = Math.max(0, from); i < size; i++) {
            if (!cells[i].isEmpty() && startsWithAny(key(i), labels)) {
                return i;
            }
        }
        return -1;
    }

    /** The first cell whose label key contains one of the texts, or -1. */
    int findContaining(List<String> parts) {
        for (int i = 0; i < size; i++) {
            if (cells[i].isEmpty()) {
                continue;
            }
            for (int p = 0; p < parts.size(); p++) {
                if (key(i).contains(parts.get(p))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean startsWithAny(String key, List<String> labels) {
        for (int l = 0; l < labels.size(); l++) {
            if (key.startsWith(labels.get(l))) {
                return true;
            }
        }
        return false;
    }

    /** The first cell whose label key contains the given text, or -1. */
    int findContaining(String part) {
        for (int i = 0; i < size; i++) {
            if (!cells[i].isEmpty() && key(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** The first cell from {@code from} (before {@code to}) with text in it, or -1. */
    int firstFilled(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
            if (!cells[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** A text as a form's value: stripped, null when nothing is left. */
    static String blankToNull(CharSequence s) {
        String t = s.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** Non-blank cells from {@code from} (inclusive) to {@code to} (exclusive), joined by a space. */
    String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
            if (!cells[i].isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(cells[i]);
            }
        }
        return sb.toString();
    }

    /** The whole row as the user would recognise it in the file. */
    String text() {
        return String.join(" | ", List.of(cells).subList(0, size));
    }

    /** Where the row is; a column of it when {@code column} ≥ 0. */
    SourceRef at(int column) {
        SourceRef at = grid.at();
        String name = column >= 0 ? at.columnName(column) : null;
        return name == null ? at : at.withColumn(name);
    }
}
