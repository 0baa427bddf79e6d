package dev.selfeval.ingest;

import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 项目资金 table. Its header row names the columns; each fund row is found by its label, and
 * its values are read under the header's columns, shifted when the row's label sits in another
 * column than the header expects (the seed has both layouts).
 */
final class FundTable {
    enum Column { INITIAL_BUDGET, ANNUAL_BUDGET, EXECUTED, WEIGHT, RATE, SCORE }

    private static final Map<String, Column> HEADER_LABELS = new LinkedHashMap<>();

    static {
        HEADER_LABELS.put("年初预算", Column.INITIAL_BUDGET);
        HEADER_LABELS.put("全年预算", Column.ANNUAL_BUDGET);
        HEADER_LABELS.put("全年执行", Column.EXECUTED);
        HEADER_LABELS.put("分值", Column.WEIGHT);
        HEADER_LABELS.put("执行率", Column.RATE);
        HEADER_LABELS.put("得分", Column.SCORE);
    }

    private final Map<Column, Integer> columns;
    private final int labelColumn;
    final String unit;
    private final FundLine[] lines = new FundLine[FundKind.values().length];

    private FundTable(Map<Column, Integer> columns, String unit) {
        this.columns = columns;
        this.unit = unit;
        this.labelColumn = columns.values().stream().min(Integer::compare).orElse(1) - 1;
    }

    /** A header row: 项目资金 with at least the budget and execution columns; else null. */
    static FundTable header(Row row) {
        int label = row.find("项目资金");
        if (label < 0) {
            return null;
        }
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = label + 1; i < row.size(); i++) {
            for (Map.Entry<String, Column> e : HEADER_LABELS.entrySet()) {
                if (row.key(i).startsWith(e.getKey()) && !columns.containsKey(e.getValue())) {
                    columns.put(e.getValue(), i);
                }
            }
        }
        if (!columns.containsKey(Column.ANNUAL_BUDGET) || !columns.containsKey(Column.EXECUTED)) {
            return null;
        }
        return new FundTable(columns, row.key(label).contains("万元") ? "万元" : "元");
    }

    /** Which fund line a row's label names, and where, or null when the row is not a fund row. */
    static Map.Entry<FundKind, Integer> label(Row row) {
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
                return Map.entry(kind, i);
            }
        }
        return null;
    }

    /** Reads a fund row; answers false when the row is no fund row. */
    boolean accept(Row row, Problems problems) {
        Map.Entry<FundKind, Integer> found = label(row);
        if (found == null) {
            return false;
        }
        FundKind kind = found.getKey();
        int shift = bestShift(row, found.getValue() - labelColumn);
        String where = "项目资金 " + kind.label() + " ";
        BigDecimal[] v = new BigDecimal[Column.values().length];
        for (Map.Entry<Column, Integer> c : columns.entrySet()) {
            v[c.getKey().ordinal()] = problems.number(row, c.getValue() + shift, Problems.UNREADABLE,
                    where, fieldName(c.getKey()));
        }
        if (lines[kind.ordinal()] != null) {
            problems.skipped(row, kind.label() + " 行重复，以第 " + lines[kind.ordinal()].line() + " 行为准");
            return true;
        }
        lines[kind.ordinal()] = new FundLine(kind, v[0], v[1], v[2], v[3], v[4], v[5], row.line);
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
        for (Column c : List.of(Column.INITIAL_BUDGET, Column.ANNUAL_BUDGET, Column.EXECUTED)) {
            Integer col = columns.get(c);
            if (col != null && row.number(col + shift) != null) {
                n++;
            }
        }
        return n;
    }

    static String fieldName(Column c) {
        return switch (c) {
            case INITIAL_BUDGET -> "年初预算数";
            case ANNUAL_BUDGET -> "全年预算数";
            case EXECUTED -> "全年执行数";
            case WEIGHT -> "分值";
            case RATE -> "执行率";
            case SCORE -> "得分";
        };
    }

    /** The four lines in form order; a row the form does not have comes back blank. */
    List<FundLine> lines() {
        List<FundLine> out = new ArrayList<>();
        for (FundKind k : FundKind.values()) {
            out.add(lines[k.ordinal()] != null ? lines[k.ordinal()] : FundLine.blank(k));
        }
        return out;
    }

    /** The fund lines of a form without a 项目资金 table. */
    static List<FundLine> blankLines() {
        return new FundTable(Map.of(Column.ANNUAL_BUDGET, 1), "元").lines();
    }

    boolean hasTotal() {
        return lines[FundKind.TOTAL.ordinal()] != null;
    }
}
