package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.Numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the words of an indicator table run together with spaces into rows, each word under its
 * header column. An indicator is found from its 分值 and 得分, the last two of a run of numbers;
 * before them come its name and value texts (as many as the header has columns between 三级指标 and
 * 分值), and before the name the level names that change at this row (…指标, a level-1 name first).
 * Words between an indicator's 得分 and the next indicator's first word are its reason. A level name
 * with no indicator of its own is a row of its own, as the table has it.
 */
final class SpacedIndicators {
    /** A row's cells, and the index of its first word among the words cut. */
    record Cut(List<String> cells, int first) {
    }

    private final List<IndicatorColumn> columns;
    private final LayoutWords words;
    private final List<String> data;
    private final List<Cut> out = new ArrayList<>();
    private final int name;
    private final int weight;
    private final int score;
    private String[] pending;
    private int pendingFirst;
    private boolean seenLevel1;

    private SpacedIndicators(List<IndicatorColumn> columns, LayoutWords words, List<String> data) {
        this.columns = columns;
        this.words = words;
        this.data = data;
        this.name = columns.indexOf(IndicatorColumn.NAME);
        this.weight = columns.indexOf(IndicatorColumn.WEIGHT);
        this.score = columns.indexOf(IndicatorColumn.SCORE);
    }

    /**
     * @param columns the column of each cell of the header row (null for a cell that names none)
     * @param data    the words after the header row, up to the next block
     */
    static List<Cut> cut(List<IndicatorColumn> columns, LayoutWords words, List<String> data) {
        return new SpacedIndicators(columns, words, data).cut();
    }

    private List<Cut> cut() {
        if (data.isEmpty()) {
            return out;
        }
        if (name < 0 || weight < name || score != weight + 1) {
            // a layout whose 分值 and 得分 are not side by side after the texts: left as one row, reported as skipped
            out.add(new Cut(data, 0));
            return out;
        }
        int values = weight - name - 1;
        int from = 0;
        for (int a = 0; a + 1 < data.size(); a++) {
            if (!pairAt(a) || a - from < values + 1) {
                continue;
            }
            int nameAt = a - values - 1;
            int levelsFrom = nameAt;
            while (levelsFrom > from && words.levelName(data.get(levelsFrom - 1))) {
                levelsFrom--;
            }
            reason(from, levelsFrom);
            String[] row = levels(levelsFrom, nameAt);
            row[name] = data.get(nameAt);
            for (int v = 0; v < values; v++) {
                row[name + 1 + v] = data.get(nameAt + 1 + v);
            }
            row[weight] = data.get(a);
            row[score] = data.get(a + 1);
            pending = row;
            pendingFirst = levelsFrom;
            from = a + 2;
            a++;
        }
        tail(from);
        return out;
    }

    /** After the last indicator: its reason, then level names without indicators, then any words left. */
    private void tail(int from) {
        int levelsFrom = from;
        while (levelsFrom < data.size() && !words.levelName(data.get(levelsFrom))) {
            levelsFrom++;
        }
        if (pending == null && levelsFrom > from) {
            out.add(new Cut(data.subList(from, levelsFrom), from)); // words before any indicator: reported as skipped
        } else {
            reason(from, levelsFrom);
        }
        int levelsTo = levelsFrom;
        while (levelsTo < data.size() && words.levelName(data.get(levelsTo))) {
            levelsTo++;
        }
        if (levelsFrom < data.size()) {
            String[] row = levels(levelsFrom, levelsTo);
            if (levelsTo < data.size()) {
                row[name] = String.join(" ", data.subList(levelsTo, data.size()));
            }
            pending = row;
            pendingFirst = levelsFrom;
        }
        flush();
    }

    /**
     * Whether words {@code a} and {@code a + 1} are an indicator's 分值 and 得分: the last two of a run
     * of numbers (the numbers before them are its target and actual).
     */
    private boolean pairAt(int a) {
        return number(a) && number(a + 1) && !number(a + 2);
    }

    private boolean number(int k) {
        return k < data.size() && Numbers.isNumber(data.get(k));
    }

    /** The words from {@code from} to {@code to} are the reason of the indicator before. */
    private void reason(int from, int to) {
        int r = columns.indexOf(IndicatorColumn.REASON);
        if (pending != null && r >= 0 && to > from) {
            pending[r] = String.join(" ", data.subList(from, to));
        }
        flush();
    }

    /**
     * A new row with the level names from {@code from} to {@code to}: a level-1 name and the level-2
     * name after it; level names before the level-1 name, or more than one level-2 name, are rows of
     * their own (template rows with nothing filled in).
     */
    private String[] levels(int from, int to) {
        int l1 = columns.indexOf(IndicatorColumn.LEVEL1);
        int l2 = columns.indexOf(IndicatorColumn.LEVEL2);
        int first = -1; // the level-1 name, if one changes here
        for (int k = from; k < to && l1 >= 0; k++) {
            if (words.level1Name(data.get(k))) {
                first = k;
                break;
            }
        }
        // a level-1 block starts with both names on its first row, so a lone name (成本指标, which is both)
        // after the table's first row is a level-2 name
        if (first >= 0 && first == to - 1 && seenLevel1 && l2 >= 0) {
            first = -1;
        }
        seenLevel1 |= first >= 0;
        int level2 = l2 >= 0 && to > from && to - 1 > first ? to - 1 : -1;
        for (int k = from; k < to; k++) {
            if (k != first && k != level2) {
                String[] alone = blank();
                alone[l2 >= 0 ? l2 : Math.max(l1, 0)] = data.get(k);
                out.add(new Cut(Arrays.asList(alone), k));
            }
        }
        String[] row = blank();
        if (first >= 0) {
            row[l1] = data.get(first);
        }
        if (level2 >= 0 && l2 >= 0) {
            row[l2] = data.get(level2);
        }
        return row;
    }

    private String[] blank() {
        String[] row = new String[columns.size()];
        Arrays.fill(row, "");
        return row;
    }

    private void flush() {
        if (pending != null) {
            out.add(new Cut(Arrays.asList(pending), pendingFirst));
            pending = null;
        }
    }
}
