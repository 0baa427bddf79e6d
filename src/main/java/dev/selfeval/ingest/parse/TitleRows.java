package dev.selfeval.ingest.parse;

import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows above a form's header: its title, the year line, a unit note. A spreadsheet prints them
 * again at the top of every page (print titles, 打印标题): in a PDF of a long form they stand at the
 * top of the next page, inside the indicator table. Such a repeat neither starts a new form nor is
 * one of the table's rows.
 */
final class TitleRows {
    /** Rows at most above the header that a print range repeats: title, year, unit. */
    private static final int MAX = 4;
    /** Rows at most above a repeat on its page: a running page header, a page number, a cut cell's label. */
    static final int PAGE_TOP = 3;
    /** A title cell is long enough for a title and its year: a longer one holds more of the form, run together. */
    private static final int TITLE_CELL = 60;

    private final List<String> texts = new ArrayList<>();
    private final Set<String> firstKeys = new HashSet<>();
    private int last = Integer.MAX_VALUE; // the line of the last of them

    /** The rows of a form above its first row holding one of {@code labels} (项目名称, or any row label). */
    TitleRows(List<Row> form, List<String> labels) {
        for (int i = 0; i < Math.min(MAX, form.size()) && form.get(i).find(labels) < 0; i++) {
            Row r = form.get(i);
            if (!r.isBlank()) {
                texts.add(r.join(0, Integer.MAX_VALUE));
                last = r.line;
                firstKeys.add(r.key(r.firstFilled(0, Integer.MAX_VALUE)));
            }
        }
    }

    /** The cells of a title or year line that hold the title or the year, when they hold nothing much else. */
    static void titleCells(Row row, List<String> titles, Vocabulary vocabulary, Places places) {
        for (int i = 0; i < row.size(); i++) {
            String c = row.cell(i);
            if (c.length() <= TITLE_CELL && (vocabulary.layout().year(c) != null || titles.stream().anyMatch(row.key(i)::contains))) {
                places.role(row, i, Places.LABEL);
            }
        }
    }

    /** Whether a row below them repeats one of the form's rows above the header, cell for cell. */
    boolean repeats(Row row) {
        int first = row.firstFilled(0, Integer.MAX_VALUE);
        return row.line > last && first >= 0 && firstKeys.contains(row.key(first)) && texts.contains(row.join(0, Integer.MAX_VALUE));
    }

    /**
     * How many rows from the title row at {@code at} repeat the top of the form started at {@code start}
     * (its title, year and header rows, which a print range may repeat too: 项目名称, 主管部门), cell for cell;
     * 0 when the title row is none of them, or is not at the top of a page that continues the form
     * ({@code pageTop}: the index of the page's first row), or a 项目名称 row after it differs from the
     * form's (a new form).
     */
    static int repeatedTop(List<Row> rows, int start, int at, int end, int pageTop, List<String> names) {
        if (at - pageTop > PAGE_TOP) {
            return 0;
        }
        Set<String> top = new HashSet<>();
        for (int i = start; i < Math.min(start + 2 * MAX, at); i++) {
            top.add(rows.get(i).join(0, Integer.MAX_VALUE));
        }
        int n = 0;
        while (at + n < end && (rows.get(at + n).isBlank() || top.contains(rows.get(at + n).join(0, Integer.MAX_VALUE)))) {
            n++;
        }
        for (int i = at + n; i < end; i++) {
            if (rows.get(i).find(names) >= 0) {
                return 0;
            }
        }
        return new TitleRows(rows.subList(start, end), names).repeats(rows.get(at)) ? n : 0;
    }
}
