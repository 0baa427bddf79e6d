package dev.selfeval.ingest.parse;

import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 项目资金 table. Its header row names the columns; each fund row is found by its label, and
 * its values are read under the header's columns, shifted when the row's label sits in another
 * column than the header expects (the seed has both layouts).
 */
final class FundTable {
    enum Column {
        INITIAL_BUDGET("年初预算", "年初预算数"), ANNUAL_BUDGET("全年预算", "全年预算数"), EXECUTED("全年执行", "全年执行数"),
        WEIGHT("分值", "分值"), RATE("执行率", "执行率"), SCORE("得分", "得分");

        /** How the header names the column (its start). */
        final String header;
        /** The field as messages name it, after the fund line's label. */
        final String field;

        Column(String header, String field) {
            this.header = header;
            this.field = " " + field;
        }
    }

    private static final Column[] COLUMNS = Column.values();
    private static final FundKind[] KINDS = FundKind.values();
    private static final Column[] AMOUNTS = {Column.INITIAL_BUDGET, Column.ANNUAL_BUDGET, Column.EXECUTED};

    /** The header's cell of each column, by ordinal; -1 where the header has none. */
    private final int[] columns;
    private final int labelColumn;
    final String unit;
    private final FundLine[] lines = new FundLine[KINDS.length];
    /** Where each line was read, for the message when a second one comes. */
    private final String[] read = new String[KINDS.length];

    private FundTable(int[] columns, String unit) {
        this.columns = columns;
        this.unit = unit;
        int first = Integer.MAX_VALUE;
        for (int c : columns) {
            first = c >= 0 ? Math.min(first, c) : first;
        }
        this.labelColumn = (first == Integer.MAX_VALUE ? 1 : first) - 1;
    }

    /** A header row: 项目资金 with at least the budget and execution columns; else null. */
    static FundTable header(Row row) {
        int label = row.find("项目资金");
        if (label < 0) {
            return null;
        }
        int[] columns = noColumns();
        for (int i = label + 1; i < row.size(); i++) {
            for (Column c : COLUMNS) {
                if (columns[c.ordinal()] < 0 && row.key(i).startsWith(c.header)) {
                    columns[c.ordinal()] = i;
                }
            }
        }
        if (columns[Column.ANNUAL_BUDGET.ordinal()] < 0 || columns[Column.EXECUTED.ordinal()] < 0) {
            return null;
        }
        return new FundTable(columns, row.key(label).contains("万元") ? "万元" : "元");
    }

    /**
     * Which fund line a row's label names, and where: {@code kind ordinal << 16 | column}, or -1 when
     * the row is not a fund row.
     */
    static int label(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String k = row.key(i);
            if (k.startsWith("其中")) {
                k = k.substring(k.startsWith("其中:") || k.startsWith("其中：") ? 3 : 2);
            }
            FundKind kind = null;
            if (k.startsWith("年度资金总额") || k.equals("资金总额") || k.equals("合计")) {
                kind = FundKind.TOTAL;
            } else if (k.endsWith("财政拨款")) {
                kind = FundKind.APPROPRIATION;
            } else if (k.startsWith("上年结转")) {
                kind = FundKind.CARRY_OVER;
            } else if (k.startsWith("其他资金")) {
                kind = FundKind.OTHER;
            }
            if (kind != null) {
                return kind.ordinal() << 16 | i;
            }
        }
        return -1;
    }

    /** Reads a fund row; answers false when the row is no fund row. */
    boolean accept(Row row, Problems problems, Places places) {
        int found = label(row);
        if (found < 0) {
            return false;
        }
        FundKind kind = KINDS[found >>> 16];
        int shift = bestShift(row, (found & 0xFFFF) - labelColumn);
        BigDecimal[] v = new BigDecimal[COLUMNS.length];
        for (Column c : COLUMNS) {
            int col = columns[c.ordinal()];
            if (col >= 0) {
                v[c.ordinal()] = problems.number(row, col + shift, Problems.UNREADABLE, "项目资金 ", kind.label(), c.field);
                places.column(row, c.field.strip(), col + shift);
            }
        }
        if (lines[kind.ordinal()] != null) {
            problems.skipped(row, kind.label() + " 行重复，以" + read[kind.ordinal()] + "为准");
            return true;
        }
        lines[kind.ordinal()] = new FundLine(kind, v[0], v[1], v[2], v[3], v[4], v[5], row.line);
        read[kind.ordinal()] = row.at(-1).place();
        return true;
    }

    /**
     * The row's label may sit a column off from the header's label column. Prefer the shift that
     * puts numbers under the amount columns; the label position decides a tie.
     */
    private int bestShift(Row row, int fromLabel) {
        if (fromLabel == 0 || numbersUnderAmounts(row, fromLabel) >= numbersUnderAmounts(row, 0)) {
            return fromLabel;
        }
        return 0;
    }

    private int numbersUnderAmounts(Row row, int shift) {
        int n = 0;
        for (Column c : AMOUNTS) {
            int col = columns[c.ordinal()];
            if (col >= 0 && row.number(col + shift) != null) {
                n++;
            }
        }
        return n;
    }

    /** The four lines in form order; a row the form does not have comes back blank. */
    List<FundLine> lines() {
        List<FundLine> out = new ArrayList<>();
        for (FundKind k : KINDS) {
            out.add(lines[k.ordinal()] != null ? lines[k.ordinal()] : FundLine.blank(k));
        }
        return out;
    }

    /** The fund lines of a form without a 项目资金 table. */
    static List<FundLine> blankLines() {
        int[] columns = noColumns();
        columns[Column.ANNUAL_BUDGET.ordinal()] = 1;
        return new FundTable(columns, "元").lines();
    }

    /** Column cells by ordinal, none found yet. */
    private static int[] noColumns() {
        int[] columns = new int[COLUMNS.length];
        Arrays.fill(columns, -1);
        return columns;
    }

    boolean hasTotal() {
        return lines[FundKind.TOTAL.ordinal()] != null;
    }
}
