package dev.selfeval.engine.load;

import dev.selfeval.engine.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The shape of rules/parameters.yaml, bound by Jackson and turned into {@link Params}. */
record ParamsFile(Weights weights, RoundingDoc rounding, Tolerance tolerance, Budget budget, Indicators indicators,
                  Qualitative qualitative, List<GradeDoc> grades, Map<String, List<String>> levels,
                  Placeholders placeholders, ReadingDoc reading, Map<String, CustomDoc> custom) {

    /** An auditor's own parameter: its value and, optionally, the range it must lie in. */
    record CustomDoc(BigDecimal value, BigDecimal min, BigDecimal max, String description) {
    }

    record Weights(BigDecimal budget, BigDecimal total, Map<String, BigDecimal> level1,
                   Map<String, BigDecimal> level1WithoutSatisfaction) {
    }

    record RoundingDoc(Integer scale, java.math.RoundingMode mode) {
    }

    record Tolerance(BigDecimal rate, BigDecimal score) {
    }

    record Budget(BigDecimal lowExecution, BigDecimal executionFall) {
    }

    record Indicators(BigDecimal overAchievement, String reverseMethod, BigDecimal qualitativeHeavy,
                      String satisfactionLevel1, List<String> satisfactionNames, List<String> noReason) {
    }

    record Qualitative(List<BandDoc> bands) {
    }

    record BandDoc(String name, BigDecimal min, BigDecimal max, Boolean sameAsTarget, List<String> words,
                   List<String> exact) {
    }

    record GradeDoc(String name, BigDecimal min) {
    }

    record Placeholders(List<String> exact, List<String> contains, List<String> guidance) {
    }

    /** How much of a form the reader must understand before the form is judged as read (PARSE-LAYOUT-PARTIAL). */
    record ReadingDoc(BigDecimal minCoverage) {
    }
}
