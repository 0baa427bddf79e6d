package dev.selfeval.ingest.template;

import java.util.List;
import java.util.Map;

/**
 * The shape of a template description (rules/templates/*.yaml), as auditors write it. Every list is
 * of labels as a cell begins: a cell matches when its text, full-width forms folded and whitespace
 * removed, starts with one of them. See docs/templates.md.
 */
record TemplateDoc(String name, String description, Match match, Header header, Funds funds, Goals goals,
                   Indicators indicators, List<String> total, List<String> reasons, List<String> ignore,
                   Map<String, Object> parameters) {

    /** How a form is recognised as this template: its title, and labels only it has. */
    record Match(List<String> titles, List<String> signs) {
    }

    record Header(List<String> projectName, List<String> department, List<String> implementingUnit) {
    }

    /** {@code kindsIn}: {@code columns} (the national layout, a column per amount) or {@code rows} (a row per amount). */
    record Funds(List<String> labels, String kindsIn, FundColumns columns, FundRows rows) {
    }

    /** {@code reason}: a column for the reason of a fund row's execution (原因), read as a {@code FormReason}. */
    record FundColumns(List<String> initialBudget, List<String> annualBudget, List<String> executed,
                       List<String> weight, List<String> rate, List<String> score, List<String> reason) {
    }

    record FundRows(List<String> total, List<String> appropriation, List<String> carryOver, List<String> other) {
    }

    record Goals(List<String> labels, List<String> expected, List<String> actual) {
    }

    /**
     * {@code weightsIn}: {@code rows} (the national layout, a 分值 column) or {@code level1} (the weights
     * written in the level-1 names only, 产出指标(40分), each row scored in 得分).
     */
    record Indicators(List<String> labels, List<String> level1Names, String weightsIn, IndicatorColumns columns) {
    }

    /**
     * {@code comparator}, {@code value} and {@code unit}: a target written over three columns
     * (指标性质 | 指标值 | 度量单位), read as one target text.
     */
    record IndicatorColumns(List<String> level1, List<String> level2, List<String> name, List<String> target,
                            List<String> comparator, List<String> value, List<String> unit, List<String> actual,
                            List<String> weight, List<String> score, List<String> reason) {
    }
}
