package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * One row of the 绩效指标 table. {@code index} is the 1-based position among the form's indicators,
 * {@code line} the source line. Level names are whitespace-free; the other texts are as written.
 * Weight and score are null when blank or not a number (the reader records why). The measures and
 * {@code identity} (level1/level2/name without whitespace; two rows with one identity are duplicates)
 * are derived by {@link #of}.
 */
public record Indicator(int index, String level1, String level2, String name, String target, String actual,
                        BigDecimal weight, BigDecimal score, String reason, int line,
                        Measure targetMeasure, Measure actualMeasure, String identity) {

    /** Builds an indicator, deriving the measures from the target and actual texts by the cell vocabulary. */
    public static Indicator of(int index, String level1, String level2, String name, String target, String actual,
                               BigDecimal weight, BigDecimal score, String reason, int line, Vocabulary vocabulary) {
        return new Indicator(index, level1, level2, name, target, actual, weight, score, reason, line,
                Measure.parse(target, vocabulary), Measure.actual(actual, vocabulary),
                strip(level1) + "/" + strip(level2) + "/" + strip(name));
    }

    /** The indicator with the rest of its cells' text joined on (a cell extraction wrapped onto the next line); null adds nothing. */
    public Indicator continued(String target, String actual, String reason, Vocabulary vocabulary) {
        return of(index, level1, level2, name, joined(this.target, target), joined(this.actual, actual),
                weight, score, joined(this.reason, reason), line, vocabulary);
    }

    /**
     * The indicator with the rest of its level names and name joined on (a PDF's page break cut the
     * row, its cells going on at the top of the next page: 经济效益指 / 标); null adds nothing.
     */
    public Indicator namesContinued(String level1Rest, String level2Rest, String nameRest, Vocabulary vocabulary) {
        return of(index, joined(level1, level1Rest), joined(level2, level2Rest), joined(name, nameRest), target, actual,
                weight, score, reason, line, vocabulary);
    }

    private static String joined(String first, String rest) {
        return rest == null ? first : first == null ? rest : first + rest;
    }

    private static String strip(String s) {
        return s == null ? "" : Texts.squeeze(s);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    /** The target is a reverse one ({@code <=}, {@code <}): less is better. */
    public boolean reverseTarget() {
        return targetMeasure.comparison() != null && targetMeasure.comparison().reverse();
    }

    /** Target and actual are both numbers: the score follows the formulas of domain §2.3. */
    public boolean quantitative() {
        return targetMeasure.quantitative() && actualMeasure.quantitative();
    }
}
