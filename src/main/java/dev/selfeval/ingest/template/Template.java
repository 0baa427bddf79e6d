package dev.selfeval.ingest.template;

import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.FundKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One form layout, as a template description (rules/templates/*.yaml) gives it: the labels of its
 * blocks, rows and column headers, each list of labels as a cell begins (compared as label keys:
 * NFKC, no whitespace), and the rule parameters that differ for its forms.
 */
public final class Template {
    /** The columns of the funds block, as the form parser reads them. */
    public enum FundColumn { INITIAL_BUDGET, ANNUAL_BUDGET, EXECUTED, WEIGHT, RATE, SCORE }

    /** The columns of the indicator table; a target may come in three (comparator, value, unit). */
    public enum IndicatorColumn { LEVEL1, LEVEL2, NAME, TARGET, COMPARATOR, VALUE, UNIT, ACTUAL, WEIGHT, SCORE, REASON }

    public enum HeaderField { PROJECT_NAME, DEPARTMENT, IMPLEMENTING_UNIT }

    private final String name;
    private final String file;
    private final String description;
    private final List<String> titles;
    private final List<String> signs;
    private final Map<HeaderField, List<String>> header;
    private final List<String> fundLabels;
    private final Map<FundColumn, List<String>> fundColumns;
    private final Map<FundKind, List<String>> fundRows;
    private final boolean fundKindsInRows;
    private final List<String> fundReason;
    private final List<String> goalLabels;
    private final List<String> goalExpected;
    private final List<String> goalActual;
    private final List<String> indicatorLabels;
    private final List<String> level1Names;
    private final boolean level1Weights;
    private final Map<IndicatorColumn, List<String>> indicatorColumns;
    private final List<String> total;
    private final List<String> reasons;
    private final List<String> ignore;
    private final Map<String, Object> parameters;
    private final List<String> rowLabels;

    Template(String name, String file, String description, List<String> titles, List<String> signs,
             Map<HeaderField, List<String>> header, List<String> fundLabels, Map<FundColumn, List<String>> fundColumns,
             Map<FundKind, List<String>> fundRows, boolean fundKindsInRows, List<String> fundReason, List<String> goalLabels,
             List<String> goalExpected,
             List<String> goalActual, List<String> indicatorLabels, List<String> level1Names,
             boolean level1Weights, Map<IndicatorColumn, List<String>> indicatorColumns, List<String> total, List<String> reasons, List<String> ignore,
             Map<String, Object> parameters) {
        this.name = name;
        this.file = file;
        this.description = description;
        this.titles = titles;
        this.signs = signs;
        this.header = new EnumMap<>(header);
        this.fundLabels = fundLabels;
        this.fundColumns = new EnumMap<>(fundColumns);
        this.fundRows = new EnumMap<>(fundRows);
        this.fundKindsInRows = fundKindsInRows;
        this.fundReason = fundReason;
        this.goalLabels = goalLabels;
        this.goalExpected = goalExpected;
        this.goalActual = goalActual;
        this.indicatorLabels = indicatorLabels;
        this.level1Names = level1Names;
        this.level1Weights = level1Weights;
        this.indicatorColumns = new EnumMap<>(indicatorColumns);
        this.total = total;
        this.reasons = reasons;
        this.ignore = ignore;
        this.parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        this.rowLabels = collectRowLabels();
    }

    public String name() {
        return name;
    }

    /** The description file, as messages name it. */
    public String file() {
        return file;
    }

    public String description() {
        return description;
    }

    public List<String> titles() {
        return titles;
    }

    public List<String> signs() {
        return signs;
    }

    public List<String> header(HeaderField f) {
        return header.getOrDefault(f, List.of());
    }

    public List<String> fundLabels() {
        return fundLabels;
    }

    public List<String> fundColumn(FundColumn c) {
        return fundColumns.getOrDefault(c, List.of());
    }

    public List<String> fundRow(FundKind k) {
        return fundRows.getOrDefault(k, List.of());
    }

    /**
     * Whether the funds block runs the other way round ({@code funds.kindsIn: rows}): a row per amount
     * (预算数, 执行数, 执行率 …) and a column per fund source (合计, 财政拨款 …).
     */
    public boolean fundKindsInRows() {
        return fundKindsInRows;
    }

    /** Labels of the funds block's reason column (原因), whose text is a {@code FormReason}. */
    public List<String> fundReason() {
        return fundReason;
    }

    public List<String> goalLabels() {
        return goalLabels;
    }

    public List<String> goalExpected() {
        return goalExpected;
    }

    public List<String> goalActual() {
        return goalActual;
    }

    public List<String> indicatorLabels() {
        return indicatorLabels;
    }

    /** The level-1 names of this layout (产出指标 …), by which indicator rows are lined up with the header. */
    public List<String> level1Names() {
        return level1Names;
    }

    public List<String> indicatorColumn(IndicatorColumn c) {
        return indicatorColumns.getOrDefault(c, List.of());
    }

    public List<String> total() {
        return total;
    }

    /** Labels of rows that state the form's reason for deviation outside the indicator rows ({@code FormReason}). */
    public List<String> reasons() {
        return reasons;
    }

    /** Labels of rows that are no part of any block (notes, signatures, 评价结论): read past, not reported. */
    public List<String> ignore() {
        return ignore;
    }

    /** Rule parameters that differ for forms of this layout, shaped as in parameters.yaml. */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** Whether the layout has 分值 and 得分 columns (or 得分 alone, its weights in the level-1 names): without them there is nothing to score. */
    public boolean scored() {
        return (level1Weights || !indicatorColumn(IndicatorColumn.WEIGHT).isEmpty()) && !indicatorColumn(IndicatorColumn.SCORE).isEmpty();
    }

    /**
     * The blocks ({@link BlockMissing}) a form of this layout does not have: 分值 when it is not scored
     * ({@code scored}: the form's table has 分值 or 得分), 指标分值 when its weights are in the level-1
     * names only, 年度总体目标 when the layout has none.
     */
    public List<String> lacks(boolean scored) {
        List<String> out = new ArrayList<>();
        if (!scored || level1Weights) {
            out.add(scored ? BlockMissing.ROW_WEIGHTS : BlockMissing.SCORES);
        }
        if (goalLabels.isEmpty()) {
            out.add(BlockMissing.GOALS);
        }
        return out;
    }

    /** Whether the weights are written in the level-1 names only (产出指标(40分)), the rows scored in 得分 without a 分值 column. */
    public boolean weightsInLevel1Names() {
        return level1Weights;
    }

    /** Every label a row may start with that begins a block or ends one: a data row starts with none of them. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    private List<String> collectRowLabels() {
        Set<String> out = new LinkedHashSet<>();
        header.values().forEach(out::addAll);
        out.addAll(fundLabels);
        out.addAll(goalLabels);
        out.addAll(goalExpected);
        out.addAll(indicatorLabels);
        out.addAll(indicatorColumn(IndicatorColumn.LEVEL1));
        out.addAll(total);
        out.addAll(reasons);
        out.addAll(ignore);
        return List.copyOf(out);
    }

    /** The layout's labels by what they name (every synonym of a column in one group), for telling how well a form matches it. */
    public List<List<String>> labelGroups() {
        List<List<String>> out = new ArrayList<>(header.values());
        out.add(fundLabels);
        out.addAll(fundColumns.values());
        out.addAll(fundRows.values());
        out.add(goalLabels);
        out.add(goalExpected);
        out.add(goalActual);
        out.add(indicatorLabels);
        out.addAll(indicatorColumns.values());
        out.add(total);
        out.removeIf(List::isEmpty);
        return out;
    }

    @Override
    public String toString() {
        return name + "（" + file + "）";
    }
}
