package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.FundColumn;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The funds block written the other way round ({@code funds.kindsIn: rows} in a template): its header
 * row names the fund sources as columns (合计 | 财政拨款 | 其他资金), and each row below is one amount
 * (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分), found by the template's column labels.
 * The total's fields point at their own cells; the other sources' lines are placed on the row of
 * their executed amounts.
 */
final class FundAmountRows implements FundBlock {
    private static final FundColumn[] AMOUNTS = FundColumn.values();
    private static final FundKind[] KINDS = FundKind.values();

    private final Template template;
    private final Vocabulary vocabulary;
    private final Row header;
    private final Map<FundKind, Integer> sources;
    private final int firstSource;
    private final String unit;
    private final BigDecimal cent;
    private final BigDecimal[][] values = new BigDecimal[KINDS.length][AMOUNTS.length];
    /** The row each amount was read from; null while not read. */
    private final Row[] rows = new Row[AMOUNTS.length];

    private FundAmountRows(Template template, Vocabulary vocabulary, Row header, Map<FundKind, Integer> sources, String unit) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.header = header;
        this.sources = sources;
        this.unit = unit;
        this.cent = FundCells.cent(vocabulary, unit);
        this.firstSource = sources.values().stream().filter(c -> c >= 0).min(Integer::compare).orElseThrow();
    }

    /** A header row: the block's label with at least the total's column; else null. */
    static FundAmountRows header(Row row, Template template, Vocabulary vocabulary, String noteUnit) {
        int label = row.find(template.fundLabels());
        if (label < 0) {
            return null;
        }
        Map<FundKind, Integer> sources = Labels.columns(row, label + 1, KINDS, template::fundRow);
        if (sources.get(FundKind.TOTAL) < 0) {
            return null;
        }
        return new FundAmountRows(template, vocabulary, row, sources, FundCells.unit(row, vocabulary, noteUnit));
    }

    @Override
    public String unit() {
        return unit;
    }

    /** The block's label, a corner label before the sources (资金来源), and the sources' names. */
    @Override
    public void labelCells(Row row, Places places) {
        int label = row.find(template.fundLabels());
        for (int i = label; i < firstSource; i++) {
            if (row.number(i) == null) {
                places.role(row, i, Places.LABEL);
            }
        }
        sources.values().forEach(c -> places.role(row, c, Places.LABEL));
    }

    /** Which amount a row's label names, and where; null when none. */
    private record Label(FundColumn amount, int at) {
    }

    /** The amount a row names, by a cell before its first number: exact labels first, then labels it starts with. */
    private Label label(Row row) {
        for (boolean exact : new boolean[] {true, false}) {
            for (int i = 0; i < row.size() && row.number(i) == null; i++) {
                for (FundColumn c : AMOUNTS) {
                    if (Labels.matches(row.key(i), template.fundColumn(c), exact)) {
                        return new Label(c, i);
                    }
                }
            }
        }
        return null;
    }

    @Override
    public boolean accept(Row row, Problems problems, Places places) {
        Label found = label(row);
        if (found == null) {
            return false;
        }
        FundColumn amount = found.amount();
        String field = FundTable.FIELDS.get(amount);
        places.role(row, found.at(), Places.LABEL);
        Row first = rows[amount.ordinal()];
        if (first != null) {
            problems.skipped(row, field + " 行重复，以" + first.at(-1).place() + "为准", BlockMissing.FUNDS);
            return true;
        }
        rows[amount.ordinal()] = row;
        int shift = FundTable.bestShift(row, found.at() - (firstSource - 1), sources.values(), vocabulary);
        for (FundKind k : KINDS) {
            int col = sources.get(k);
            if (col < 0) {
                continue;
            }
            values[k.ordinal()][amount.ordinal()] = FundCells.amount(row, col + shift, amount, k.label(), problems, vocabulary, unit, cent);
            if (k == FundKind.TOTAL) {
                places.cell(header, field, row, col + shift);
            } else {
                places.role(row, col + shift, field);
            }
        }
        FundTable.unplacedNumbers(row, header, problems, places, c -> false);
        return true;
    }

    /** The total on the header's row (its fields point at their own cells); each source on the row of its executed amounts. */
    @Override
    public List<FundLine> lines() {
        Row executed = rows[FundColumn.EXECUTED.ordinal()];
        for (int i = 0; executed == null && i < rows.length; i++) {
            executed = rows[i];
        }
        List<FundLine> out = new ArrayList<>();
        for (FundKind k : KINDS) {
            if (sources.get(k) < 0 || executed == null) {
                out.add(FundLine.blank(k));
                continue;
            }
            BigDecimal[] v = values[k.ordinal()];
            out.add(new FundLine(k, v[0], v[1], v[2], v[3], v[4], v[5], k == FundKind.TOTAL ? header.line : executed.line));
        }
        return out;
    }

    @Override
    public boolean hasTotal() {
        for (Row r : rows) {
            if (r != null) {
                return true;
            }
        }
        return false;
    }
}
