package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-evaluation form as read. {@code id} is {@code <file>#<n>}, stable across runs;
 * {@code funds} always holds the four lines in {@link FundKind} order (a missing row is blank).
 * Facts name their row by {@code line}: the line of a text file, or for a workbook, a Word or a PDF
 * file the row's number among all rows of the file as read; {@code places} says where each such row
 * is (sheet and cell, page, table) and is empty for text files, whose lines say it themselves.
 * {@code missing} names the blocks the reader could not find and the parts its layout does not have
 * ({@link BlockMissing}, {@link BlockMissing#byLayout}); {@code template}
 * is the layout it was read by (a template's name, rules/templates); {@code reasons} are the reasons for
 * deviation it states outside the indicator rows ({@link FormReason}); {@code level1Weights} the weights a
 * layout without a 分值 column writes in the level-1 names ({@link Level1Weight}; empty for the others);
 * {@code reading} says what of it the reader understood ({@link Reading}: blocks read whole, rows not understood, coverage).
 */
public record Form(String id, SourceRef source, String template, Header header, String amountUnit, List<FundLine> funds,
                   Goals goals, List<Indicator> indicators, List<Level1Weight> level1Weights, Total total, List<FormReason> reasons,
                   List<ReadProblem> problems, Map<Integer, RowSource> places, List<String> missing, Reading reading) {

    public Form {
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
        level1Weights = List.copyOf(level1Weights);
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
        places = Map.copyOf(places);
        missing = List.copyOf(missing);
        reading = reading == null ? Reading.unknown() : reading;
    }

    /** Which project this form is about ({@link FormKey}): the same across renamed files, resubmissions and years. */
    public String key() {
        return FormKey.of(header);
    }

    /** The same form under another id (a JSON form takes the id of the file it is read from). */
    public Form withId(String newId) {
        return new Form(newId, source, template, header, amountUnit, funds, goals, indicators, level1Weights, total, reasons, problems,
                places, missing, reading);
    }

    /** The same form keeping its reading but not its grid (kept once the form has been shown). */
    public Form withoutGrid() {
        return reading.grid().isEmpty() ? this
                : new Form(id, source, template, header, amountUnit, funds, goals, indicators, level1Weights, total, reasons, problems,
                        places, missing, reading.withoutGrid());
    }

    /** Whether each indicator row has a 分值 of its own: not a layout whose weights are only in the level-1 names ({@link BlockMissing#ROW_WEIGHTS}). */
    public boolean rowWeights() {
        return !missing.contains(BlockMissing.ROW_WEIGHTS);
    }

    /** The weights written in the level-1 names ({@link #level1Weights}) by name, in form order: a name written twice gives its first. */
    public Map<String, BigDecimal> level1WeightsByName() {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        level1Weights.forEach(w -> byName.putIfAbsent(w.level1(), w.weight()));
        return byName;
    }

    /** The sum of {@link #level1WeightsByName}, or null when there are none or a name carries no points. */
    public BigDecimal level1WeightSum() {
        Map<String, BigDecimal> byName = level1WeightsByName();
        return byName.isEmpty() || byName.containsValue(null) ? null
                : byName.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public FundLine fund(FundKind kind) {
        return funds.get(kind.ordinal());
    }

    /** The 年度资金总额 line, the only one that is scored. */
    public FundLine totalFund() {
        return fund(FundKind.TOTAL);
    }

    /**
     * The text of a cell the reader could not take in as a number (its {@link ReadProblem}), at a row
     * and a field whose name ends with {@code field} (全年执行数, 得分 …); null when that cell was read.
     * Rules use it to stay quiet on a value that was not read rather than take it for blank.
     */
    public String unreadText(int line, String field) {
        for (ReadProblem p : problems) {
            if (p.line() == line && p.field().endsWith(field)) {
                return p.text();
            }
        }
        return null;
    }

    /**
     * The text of the cell the reader took as {@code field} (执行率 …) on a line, as written; null
     * when none is known (a form read from its JSON has no grid).
     */
    public String cellText(int line, String field) {
        for (ReadRow r : reading.grid()) {
            if (r.line() == line) {
                int i = r.roles().indexOf(field);
                return i < 0 ? null : r.cells().get(i);
            }
        }
        return null;
    }

    public String projectName() {
        return header.projectName();
    }

    /**
     * Where a fact's row, or one field of it, is in the input file; the form's own source for line 0.
     *
     * @param field the field as findings name it (执行率, 得分 …), or null for the whole row
     */
    public SourceRef sourceOf(int line, String field) {
        if (line <= 0) {
            return source;
        }
        RowSource row = places.get(line);
        return row != null ? row.of(field) : new SourceRef(source.file(), line);
    }
}
