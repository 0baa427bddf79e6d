package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a run of lines whose cells were run together with spaces ({@link SpacedRuns}) cut back
 * into rows of cells by the templates' labels, so that the form parser reads them as it reads any
 * grid. A label starts its row; a fund row takes the numbers after it; the goals' two texts are told
 * apart at a sentence end; an indicator row is found from its 分值 and 得分, the last two of a run of
 * numbers, with its texts before them in the order of the table's header.
 * What cannot be placed so stays a row of its own, which the parser reports as skipped.
 */
final class SpacedRows {
    /** A cell that is only a bracketed note (万元), (2022年度), （盖章）: it belongs to the cell before it. */
    static final Pattern NOTE = Pattern.compile("[(（][^()（）]*[)）]");
    private static final String SENTENCE_END = "。；;";

    /** A cell's text and the row it was read from. */
    record Token(String text, GridRow from) {
    }

    private final LayoutWords words;
    private final List<Token> tokens;
    private final List<GridRow> out = new ArrayList<>();
    private int i;
    /** Inside the funds block: a fund row's label starts a row. */
    private boolean inFunds;

    private SpacedRows(LayoutWords words, List<Token> tokens) {
        this.words = words;
        this.tokens = tokens;
    }

    /** A run's words as rows of cells. */
    static List<GridRow> cut(LayoutWords words, List<Token> tokens) {
        return new SpacedRows(words, tokens).cut();
    }

    private List<GridRow> cut() {
        while (i < tokens.size()) {
            ReadBudget.check();
            LayoutWords.Kind kind = words.kind(tokens.get(i).text(), inFunds);
            inFunds = kind == LayoutWords.Kind.FUNDS || kind == LayoutWords.Kind.FUND_ROW;
            switch (kind) {
                case FUNDS -> labelRow(LayoutWords.Kind.FUNDS);
                case FUND_ROW -> numberRow();
                case GOALS -> goals();
                case INDICATORS -> indicators();
                case INDICATOR_COLUMN -> {
                    if (indicatorHeaderAt(i)) {
                        indicators();
                    } else {
                        rest(false);
                    }
                }
                case HEADER -> header();
                default -> rest(kind == LayoutWords.Kind.TITLE);
            }
        }
        return out;
    }

    /** A block's label and the column labels of that block after it (the block's header row). */
    private List<String> labelRow(LayoutWords.Kind block) {
        HeaderCells row = labels(block, i);
        i = row.end();
        emit(row.cells());
        return row.cells();
    }

    /** A header row's cells, and the index of the word after it. */
    private record HeaderCells(List<String> cells, int end) {
    }

    /**
     * The header row that starts at word {@code from}: its first word, the block's column labels after
     * it, and a bracketed note on the first word (项目资金 / (万元)). Its cells may have wrapped onto the
     * next line (年度 实际 分值 得分 … / 指标值 完成值): the words of the header's line that are no label are
     * then each joined in order with a word of the next line, when that line has as many words and
     * every join is a label of the block (年度指标值, 实际完成值).
     */
    private HeaderCells labels(LayoutWords.Kind block, int from) {
        int k = from;
        List<String> cells = new ArrayList<>(List.of(tokens.get(k++).text()));
        while (k < tokens.size() && words.column(block, tokens.get(k).text())) {
            cells.add(tokens.get(k++).text());
        }
        if (k < tokens.size() && NOTE.matcher(tokens.get(k).text()).matches()) {
            cells.set(0, cells.get(0) + tokens.get(k++).text());
        }
        GridRow line = tokens.get(k - 1).from();
        int end = k;
        while (end < tokens.size() && tokens.get(end).from() == line) {
            end++;
        }
        int next = end;
        while (next < tokens.size() && tokens.get(next).from() == tokens.get(end).from()) {
            next++;
        }
        List<String> joined = new ArrayList<>(cells);
        int second = end;
        for (int w = k; w < end; w++) {
            String word = tokens.get(w).text();
            if (!words.column(block, word)) {
                if (second == next || !words.column(block, word + tokens.get(second).text())) {
                    return new HeaderCells(cells, k);
                }
                word += tokens.get(second++).text();
            }
            joined.add(word);
        }
        return second == next && second > end ? new HeaderCells(joined, next) : new HeaderCells(cells, k);
    }

    /**
     * Whether the indicator table's header starts at word {@code k} without the block's label: at the
     * 一级指标 column, naming (with its cells' second line) the 三级指标, target and actual columns.
     */
    private boolean indicatorHeaderAt(int k) {
        if (words.indicatorColumn(tokens.get(k).text()) != IndicatorColumn.LEVEL1) {
            return false;
        }
        List<IndicatorColumn> named = labels(LayoutWords.Kind.INDICATORS, k).cells().stream().map(words::indicatorColumn).toList();
        return named.contains(IndicatorColumn.NAME) && named.contains(IndicatorColumn.ACTUAL)
                && (named.contains(IndicatorColumn.TARGET) || named.contains(IndicatorColumn.VALUE));
    }

    /** A fund row: its label and the numbers (or dashes) after it. */
    private void numberRow() {
        List<String> cells = new ArrayList<>(List.of(tokens.get(i++).text()));
        while (i < tokens.size() && (Numbers.isNumber(tokens.get(i).text()) || words.blank(tokens.get(i).text()))) {
            cells.add(tokens.get(i++).text());
        }
        emit(cells);
    }

    /** A header label and its value: the words up to the next label (a value may have spaces in it). */
    private void header() {
        String label = tokens.get(i++).text();
        String key = Texts.key(label);
        int colon = Math.max(key.indexOf(':'), key.indexOf('：'));
        if (colon >= 0 && colon < key.length() - 1) {
            emit(List.of(label)); // 项目名称:某某 keeps its value in its own cell, as the parser reads it
            return;
        }
        emit(List.of(label, String.join(" ", texts(untilLabel()))));
    }

    /** The goals block: its header row, then the two texts, told apart at the end of a sentence. */
    private void goals() {
        List<String> header = labelRow(LayoutWords.Kind.GOALS);
        List<String> text = texts(untilLabel());
        if (text.isEmpty()) {
            return;
        }
        int split = split(text);
        List<String> cells = new ArrayList<>();
        cells.add("");
        cells.add(String.join(" ", text.subList(0, split)));
        if (header.size() > 2 || split < text.size()) {
            cells.add(String.join(" ", text.subList(split, text.size())));
        }
        emit(cells);
    }

    /**
     * Where the expected text ends and the actual begins: between two words, at the first sentence end
     * (。；); with none, where the two halves are nearest in length. (The goals' texts are only shown
     * and checked for being blank: no score depends on where they part.)
     */
    private static int split(List<String> text) {
        if (text.size() == 2) {
            return 1;
        }
        for (int k = 0; k < text.size() - 1; k++) {
            String s = text.get(k);
            if (SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0) {
                return k + 1;
            }
        }
        int total = text.stream().mapToInt(String::length).sum();
        int best = 1;
        int left = 0;
        for (int k = 1; k < text.size(); k++) {
            left += text.get(k - 1).length();
            if (Math.abs(total - 2 * left) < Math.abs(total - 2 * lengthBefore(text, best))) {
                best = k;
            }
        }
        return best;
    }

    private static int lengthBefore(List<String> text, int k) {
        return text.subList(0, k).stream().mapToInt(String::length).sum();
    }

    /** The indicator table: its header row, then a row for each indicator found by its 分值 and 得分. */
    private void indicators() {
        List<String> header = labelRow(LayoutWords.Kind.INDICATORS);
        List<IndicatorColumn> columns = new ArrayList<>();
        for (String h : header) {
            columns.add(words.indicatorColumn(h));
        }
        List<Token> data = untilLabel();
        for (SpacedIndicators.Cut c : SpacedIndicators.cut(columns, words, texts(data))) {
            emitAt(c.cells(), data.get(c.first()).from());
        }
    }

    /**
     * Whatever else: the words up to the next label, as one row (a total row, a note); a title and
     * the words after it (its year) are one cell, as a title is.
     */
    private void rest(boolean title) {
        Token first = tokens.get(i++);
        List<String> cells = new ArrayList<>(List.of(first.text()));
        cells.addAll(texts(untilLabel()));
        emitAt(title ? List.of(String.join(" ", cells)) : cells, first.from());
    }

    /** The tokens from here to the next that starts a row of its own. */
    private List<Token> untilLabel() {
        int from = i;
        while (i < tokens.size() && !words.startsRow(tokens.get(i).text(), inFunds) && !indicatorHeaderAt(i)) {
            i++;
        }
        return tokens.subList(from, i);
    }

    private static List<String> texts(List<Token> t) {
        return t.stream().map(Token::text).toList();
    }

    private void emit(List<String> cells) {
        emitAt(cells, tokens.get(Math.max(0, i - 1)).from());
    }

    private void emitAt(List<String> cells, GridRow from) {
        out.add(new GridRow(from.line(), from.at(), cells.stream().map(Cell::of).toList(), from.note()));
    }
}
