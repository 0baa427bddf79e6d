package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.FundColumn;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.FormReason;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The funds block. Its header row names the columns (by the template's labels); each fund row is
 * found by its label, and its values are read under the header's columns, shifted when the row's
 * label sits in another column than the header expects (the seed has both layouts). Rows a template
 * counts as one kind (财政专户管理资金, 单位资金 and 其他资金 are all 其他资金) are added up.
 */
final class FundTable implements FundBlock {
    /** The field each column is named by in findings and messages. */
    static final Map<FundColumn, String> FIELDS = new EnumMap<>(Map.of(
            FundColumn.INITIAL_BUDGET, "年初预算数", FundColumn.ANNUAL_BUDGET, "全年预算数",
            FundColumn.EXECUTED, "全年执行数", FundColumn.WEIGHT, "分值", FundColumn.RATE, "执行率",
            FundColumn.SCORE, "得分"));
    private static final FundColumn[] COLUMNS = FundColumn.values();
    static final FundColumn[] AMOUNTS = {FundColumn.INITIAL_BUDGET, FundColumn.ANNUAL_BUDGET, FundColumn.EXECUTED};
    private static final FundKind[] KINDS = FundKind.values();

    private final Template template;
    private final Vocabulary vocabulary;
    private final Map<FundColumn, Integer> columns;
    private final int labelColumn;
    /** The amount columns, where a row's numbers are looked for when its label sits off its column. */
    private final List<Integer> amountColumns;
    /** The money unit of the amounts, and whether the header (or a note above it) named it. */
    private String unit;
    private final boolean unitNamed;
    private BigDecimal cent;
    private final FundLine[] lines = new FundLine[KINDS.length];
    /** The label each line was first read under, and where, for adding up rows of one kind and for messages. */
    private final String[] labels = new String[KINDS.length];
    private final String[] read = new String[KINDS.length];
    /** Columns the header names that are none of the template's (上年执行数): their numbers are not this block's. */
    private final java.util.Set<Integer> others = new java.util.HashSet<>();
    /** The reason column (原因) and its name as written; -1 and null when the block has none. */
    private final int reasonColumn;
    private final String reasonLabel;
    private final List<FormReason> reasons = new ArrayList<>();
    /** The budget's weight written in the block's label (预算执行情况（万元）（20 分）) where no column has it; else null. */
    private final BigDecimal labelWeight;

    private FundTable(Template template, Vocabulary vocabulary, Map<FundColumn, Integer> columns, int reasonColumn,
                      String reasonLabel, String unit, boolean unitNamed, BigDecimal labelWeight) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.columns = columns;
        this.reasonColumn = reasonColumn;
        this.reasonLabel = reasonLabel;
        this.unit = unit;
        this.unitNamed = unitNamed;
        this.labelWeight = labelWeight;
        this.cent = FundCells.cent(vocabulary, unit);
        int first = Integer.MAX_VALUE;
        for (int c : columns.values()) {
            first = c >= 0 ? Math.min(first, c) : first;
        }
        this.labelColumn = (first == Integer.MAX_VALUE ? 1 : first) - 1;
        this.amountColumns = List.of(AMOUNTS).stream().map(columns::get).toList();
    }

    /**
     * A header row: the block's label with at least the budget and execution columns; else null. The
     * money unit its cells name (项目资金（万元）) is the unit of its amounts; else {@code noteUnit}'s, else 元.
     */
    static FundTable header(Row row, Template template, Vocabulary vocabulary, String noteUnit) {
        int label = row.find(template.fundLabels());
        if (label < 0) {
            return null;
        }
        Map<FundColumn, Integer> columns = Labels.columns(row, label + 1, COLUMNS, template::fundColumn);
        if (columns.get(FundColumn.ANNUAL_BUDGET) < 0 || columns.get(FundColumn.EXECUTED) < 0) {
            return null;
        }
        int reason = row.find(template.fundReason(), label + 1);
        String inHeader = FundCells.unitIn(row, vocabulary);
        String named = inHeader != null ? inHeader : noteUnit;
        FundTable t = new FundTable(template, vocabulary, columns, reason, reason < 0 ? null : row.cell(reason).strip(),
                named != null ? named : vocabulary.baseMoneyUnit(), named != null,
                columns.get(FundColumn.WEIGHT) < 0 ? Labels.points(row.key(label), vocabulary) : null);
        for (int i = label + 1; i < row.size(); i++) {
            if (!row.blank(i) && i != reason && !columns.containsValue(i)) {
                t.others.add(i);
            }
        }
        return t;
    }

    @Override
    public String unit() {
        return unit;
    }

    /** The header row's cells this table took in: the block's label and its columns' names. */
    @Override
    public void labelCells(Row row, Places places) {
        places.role(row, row.find(template.fundLabels()), Places.LABEL);
        columns.values().forEach(c -> places.role(row, c, Places.LABEL));
        places.role(row, reasonColumn, Places.LABEL);
    }

    @Override
    public List<FormReason> reasons() {
        return List.copyOf(reasons);
    }

    /** The fund line a row's label names, and the column of the label. */
    private record Label(FundKind kind, int at) {
    }

    /** Which fund line a row's label names, and where; null when none. */
    private Label label(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String k = vocabulary.breakdown().strip(row.key(i));
            for (FundKind kind : KINDS) {
                if (Row.startsWithAny(k, template.fundRow(kind))) {
                    return new Label(kind, i);
                }
            }
        }
        return null;
    }

    /** Reads a fund row; answers false when the row is no fund row. */
    @Override
    public boolean accept(Row row, Problems problems, Places places) {
        Label found = label(row);
        if (found == null && marks(row)) {
            places.rest(row, 0, Places.LABEL); // the header's second row, its columns' marks: （A） （B） （B/A）
            return true;
        }
        if (found == null && unitRow(row)) {
            places.rest(row, 0, Places.LABEL); // the label's second line: 项目资金 / （万元）
            return true;
        }
        if (found == null) {
            return false;
        }
        FundKind kind = found.kind();
        int at = found.at();
        int shift = bestShift(row, at - labelColumn, amountColumns, vocabulary);
        BigDecimal[] v = new BigDecimal[COLUMNS.length];
        for (FundColumn c : COLUMNS) {
            int col = columns.get(c);
            if (col >= 0) {
                v[c.ordinal()] = FundCells.amount(row, col + shift, c, kind.label(), problems, vocabulary, unit, cent);
                places.column(row, FIELDS.get(c), col + shift);
            }
        }
        places.role(row, at, Places.LABEL);
        int why = reasonColumn < 0 ? -1 : reasonColumn + shift;
        if (why >= 0 && why < row.size() && !row.blank(why) && row.number(why) == null) {
            places.column(row, IndicatorCells.REASON, why);
            reasons.add(new FormReason(reasonLabel, row.cell(why).strip(), row.line));
        }
        unplacedNumbers(row, null, problems, places, c -> others.contains(c - shift));
        int k = kind.ordinal();
        String label = row.key(at);
        if (lines[k] != null && label.equals(labels[k])) {
            problems.skipped(row, kind.label() + " 行重复，以" + read[k] + "为准", BlockMissing.FUNDS);
            return true;
        }
        BigDecimal weight = kind == FundKind.TOTAL && v[3] == null ? labelWeight : v[3];
        FundLine line = new FundLine(kind, v[0], v[1], v[2], weight, v[4], v[5], row.line);
        if (lines[k] == null) {
            lines[k] = line;
            labels[k] = label;
            read[k] = row.at(-1).place();
        } else {
            lines[k] = add(lines[k], line);
        }
        return true;
    }

    /**
     * Numbers in a fund row under no column the table knows: an amount the reader may have misplaced,
     * so the row is a gap in the block (a sum over the block is then not to be trusted). With the
     * block's header row given, the gap names the columns' names as the labels not understood. Numbers
     * in the columns {@code aside} names (a column the header calls something the template does not
     * know, 上年执行数) are not this block's, and left unread without a gap.
     */
    static void unplacedNumbers(Row row, Row header, Problems problems, Places places, java.util.function.IntPredicate aside) {
        List<String> stray = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (!places.placed(row, i) && row.number(i) != null && !aside.test(i)) {
                String name = header == null || header.blank(i) ? null : header.cell(i).strip();
                stray.add(row.at(i).place() + "「" + row.cell(i) + "」" + (name == null ? "" : "（" + name + "列）"));
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (!stray.isEmpty()) {
            String why = "数字不在任何已知栏目下：" + String.join("、", stray);
            problems.add(Problems.SKIPPED_ROW, row.line, "", row.text(), row.at(-1).place() + "的" + why
                    + "，未读入；依赖项目资金表合计的检查不运行");
            if (names.isEmpty()) {
                problems.gap(row, BlockMissing.FUNDS, why);
            } else {
                problems.gap(row, BlockMissing.FUNDS, String.join("、", names), why);
            }
        }
    }

    /** Whether every filled cell of a row before the block's first line only marks its column (vocabulary layout.columnMarks). */
    private boolean marks(Row row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            if (!row.blank(i) && !vocabulary.layout().columnMark(row.key(i))) {
                return false;
            }
            any |= !row.blank(i);
        }
        return any && noLines();
    }

    /**
     * Whether a row before the block's first line is only its money unit, (万元) or 单位：万元 (a label cell
     * wrapped onto a line of its own): the amounts are in that unit when the header named none.
     */
    private boolean unitRow(Row row) {
        int only = row.firstFilled(0, row.size());
        String named = row.oneCell() && noLines() ? vocabulary.unitCell(row.cell(only)) : null;
        if (named != null && !unitNamed) {
            unit = named;
            cent = FundCells.cent(vocabulary, unit);
        }
        return named != null;
    }

    private boolean noLines() {
        return java.util.Arrays.stream(lines).allMatch(java.util.Objects::isNull);
    }

    /** Two rows of one kind as one: their amounts added (a blank counts as nothing), the first row's line. */
    static FundLine add(FundLine a, FundLine b) {
        return new FundLine(a.kind(), sum(a.initialBudget(), b.initialBudget()), sum(a.annualBudget(), b.annualBudget()),
                sum(a.executed(), b.executed()), a.weight(), a.rate(), a.score(), a.line());
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /**
     * The row's label may sit a column off from where the header puts it. Prefer the shift that puts
     * more numbers under {@code columns} (the amount columns, or a transposed table's sources); the
     * label's position decides a tie.
     */
    static int bestShift(Row row, int fromLabel, Collection<Integer> columns, Vocabulary vocabulary) {
        return fromLabel == 0 || numbersUnder(row, columns, fromLabel, vocabulary) >= numbersUnder(row, columns, 0, vocabulary)
                ? fromLabel : 0;
    }

    /** How many of the columns hold a number at {@code shift}, an amount written with its money unit (1,286,450.00元) too. */
    private static int numbersUnder(Row row, Collection<Integer> columns, int shift, Vocabulary vocabulary) {
        int n = 0;
        for (int col : columns) {
            n += col >= 0 && (row.number(col + shift) != null || FundCells.withUnit(row.cell(col + shift), vocabulary) != null) ? 1 : 0;
        }
        return n;
    }

    /** The four lines in form order; a row the form does not have comes back blank. */
    @Override
    public List<FundLine> lines() {
        List<FundLine> out = new ArrayList<>();
        for (FundKind k : KINDS) {
            out.add(lines[k.ordinal()] != null ? lines[k.ordinal()] : FundLine.blank(k));
        }
        return out;
    }

    @Override
    public boolean hasTotal() {
        return lines[FundKind.TOTAL.ordinal()] != null;
    }
}
