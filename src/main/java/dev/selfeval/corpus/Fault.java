package dev.selfeval.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * A fault planted in a clean form, with every finding it must cause: rule id → count, all
 * severities. One fault per faulty form keeps that exact.
 */
record Fault(String name, Map<String, Integer> expect, BiConsumer<FormSpec, SplittableRandom> plant) {

    private static final int QUANTITY = 0;
    private static final int QUALITY = 1;
    private static final int TIMELY = 2;
    private static final int SOCIAL = 4;
    private static final int LASTING = 5;
    private static final int SATISFACTION = 6;

    static final List<Fault> ALL = List.of(
            new Fault("FUND-RATE", Map.of("FUND-RATE", 1), (f, r) -> f.rate = new BigDecimal(
                    f.rate.replace("%", "")).add(new BigDecimal("0.01")).toPlainString() + "%"),
            new Fault("FUND-SUBTOTAL", Map.of("FUND-SUBTOTAL", 1), (f, r) -> f.subExecuted =
                    new BigDecimal(f.subExecuted).subtract(BigDecimal.valueOf(1000)).toPlainString()),
            new Fault("FUND-OVERSPENT", Map.of("FUND-OVERSPENT", 1), (f, r) -> {
                CleanForm.spend(f, new BigDecimal(f.annualBudget).multiply(new BigDecimal("1.0" + (1 + r.nextInt(9))))
                        .setScale(2, RoundingMode.HALF_UP));
                CleanForm.total(f);
            }),
            new Fault("FUND-SCORE", Map.of("FUND-SCORE", 1), (f, r) -> {
                f.budgetScore = new BigDecimal(f.budgetScore).subtract(new BigDecimal("0.10")).toPlainString();
                CleanForm.total(f);
            }),
            new Fault("FUND-LOW-UNEXPLAINED", Map.of("FUND-LOW-UNEXPLAINED", 1), (f, r) -> {
                CleanForm.spend(f, new BigDecimal(f.annualBudget).multiply(BigDecimal.valueOf(50 + r.nextInt(35), 2))
                        .setScale(2, RoundingMode.HALF_UP));
                CleanForm.total(f);
            }),
            new Fault("FUND-ZERO-UNEXPLAINED", Map.of("FUND-ZERO-UNEXPLAINED", 1, "IND-ZERO-SPEND-OUTPUT", 7), (f, r) -> {
                CleanForm.spend(f, BigDecimal.ZERO);
                f.executed = "0";
                f.subExecuted = "0";
                f.budgetScore = "0";
                CleanForm.total(f);
            }),
            new Fault("FUND-ADJUSTED", Map.of("FUND-ADJUSTED", 1), (f, r) -> {
                f.initialBudget = new BigDecimal(f.annualBudget).subtract(BigDecimal.valueOf(10_000)).toPlainString();
                f.subInitial = f.initialBudget;
            }),
            new Fault("FUND-NO-BUDGET", Map.of("FUND-NO-BUDGET", 1), (f, r) -> {
                f.initialBudget = "0";
                f.annualBudget = "0";
                f.subInitial = "0";
                f.subAnnual = "0";
            }),
            new Fault("IND-OVER-WEIGHT", Map.of("IND-OVER-WEIGHT", 1), (f, r) -> {
                f.rows.get(QUANTITY).score = "22";
                CleanForm.total(f);
            }),
            new Fault("IND-DEDUCTION-UNEXPLAINED", Map.of("IND-DEDUCTION-UNEXPLAINED", 1), (f, r) -> {
                missQuality(f);
                CleanForm.total(f);
            }),
            new Fault("IND-REASON-NO-DEDUCTION", Map.of("IND-REASON-NO-DEDUCTION", 1),
                    (f, r) -> f.rows.get(TIMELY).reason = "个别月份进度滞后，已整改"),
            new Fault("IND-MISSED-FULL-SCORE", Map.of("IND-MISSED-FULL-SCORE", 1), (f, r) -> {
                FormSpec.Row q = f.rows.get(QUANTITY);
                int target = Integer.parseInt(q.target.replaceAll("\\D", ""));
                q.actual = (target * 3 / 4) + q.target.replaceAll("[>=\\d]", "");
            }),
            new Fault("IND-SCORE-FORMULA", Map.of("IND-SCORE-FORMULA", 1), (f, r) -> {
                FormSpec.Row q = missQuality(f);
                q.score = new BigDecimal(q.score).subtract(new BigDecimal("0.50")).toPlainString();
                q.reason = "部分样本未达标，已加强培训";
                CleanForm.total(f);
            }),
            new Fault("IND-QUAL-BAND", Map.of("IND-QUAL-BAND", 1), (f, r) -> f.rows.get(LASTING).actual = "部分完成"),
            new Fault("IND-NOT-MEASURED", Map.of("IND-NOT-MEASURED", 1),
                    (f, r) -> f.rows.get(QUANTITY).actual = f.rows.get(QUANTITY).target),
            new Fault("IND-ACTUAL-MISSING", Map.of("IND-ACTUAL-MISSING", 1), (f, r) -> f.rows.get(TIMELY).actual = "—"),
            new Fault("IND-UNIT", Map.of("IND-UNIT", 1), (f, r) -> {
                FormSpec.Row q = f.rows.get(QUANTITY);
                q.actual = q.actual.replaceAll("\\D+$", "") + "项";
            }),
            new Fault("IND-DUPLICATE", Map.of("IND-DUPLICATE", 1), (f, r) -> {
                FormSpec.Row t = f.rows.get(TIMELY);
                t.weight = "5";
                t.score = "5";
                FormSpec.Row dup = t.copy();
                dup.level2 = null;
                f.rows.add(TIMELY + 1, dup);
            }),
            new Fault("IND-MISPLACED", Map.of("IND-MISPLACED", 1), (f, r) -> f.rows.get(TIMELY).level2 = "经济效益指标"),
            new Fault("IND-OVERACHIEVED", Map.of("IND-OVERACHIEVED", 1), (f, r) -> {
                FormSpec.Row q = f.rows.get(QUANTITY);
                int target = Integer.parseInt(q.target.replaceAll("\\D", ""));
                q.actual = (target * 3 / 2) + q.target.replaceAll("[>=\\d]", "");
            }),
            new Fault("IND-PLACEHOLDER", Map.of("IND-PLACEHOLDER", 1), (f, r) -> f.rows.get(TIMELY).name = "指标1"),
            new Fault("IND-BAD-NUMBER", Map.of("IND-BAD-NUMBER", 1), (f, r) -> f.rows.get(TIMELY).score = "1O"),
            new Fault("FORM-WEIGHT-TOTAL", Map.of("FORM-WEIGHT-TOTAL", 1, "FORM-LEVEL1-SPLIT", 1), (f, r) -> {
                f.rows.get(TIMELY).weight = "15";
                f.rows.get(TIMELY).score = "15";
                CleanForm.total(f);
            }),
            new Fault("FORM-LEVEL1-SPLIT", Map.of("FORM-LEVEL1-SPLIT", 1), (f, r) -> {
                f.rows.get(QUALITY).weight = "5";
                f.rows.get(QUALITY).score = "5";
                f.rows.get(LASTING).weight = "15";
                f.rows.get(LASTING).score = "15";
            }),
            new Fault("FORM-TOTAL", Map.of("FORM-TOTAL", 1),
                    (f, r) -> f.totalScore = new BigDecimal(f.totalScore).subtract(BigDecimal.ONE).toPlainString()),
            new Fault("FORM-GOAL-MISSING", Map.of("FORM-GOAL-MISSING", 1), (f, r) -> f.expectedGoal = null),
            new Fault("FORM-HEADER-MISSING", Map.of("FORM-HEADER-MISSING", 1), (f, r) -> f.unit = null),
            new Fault("FORM-QUALITATIVE-HEAVY", Map.of("FORM-QUALITATIVE-HEAVY", 1), (f, r) -> {
                f.rows.get(QUALITY).target = "合格";
                f.rows.get(QUALITY).actual = "合格";
                f.rows.get(TIMELY).target = "按时";
                f.rows.get(TIMELY).actual = "按时";
            }),
            new Fault("FORM-LEVEL1-MISSING", Map.of("FORM-LEVEL1-MISSING", 1), (f, r) -> {
                f.rows.remove(SATISFACTION);
                f.rows.get(LASTING).weight = "20";
                f.rows.get(LASTING).score = "20";
            }),
            new Fault("PARSE-UNREADABLE", Map.of("PARSE-UNREADABLE", 1), (f, r) -> f.otherInitial = "O"),
            new Fault("PARSE-SKIPPED-ROW", Map.of("PARSE-SKIPPED-ROW", 1), (f, r) -> {
                f.strayAfter = QUALITY;
                f.stray = "（手写批注：数据待核实）";
            }));

    /** The 质量 row misses its target; its score follows the formula (no reason given). */
    private static FormSpec.Row missQuality(FormSpec f) {
        FormSpec.Row q = f.rows.get(QUALITY);
        int target = Integer.parseInt(q.target.replaceAll("\\D", ""));
        int actual = target - 5;
        q.actual = actual + "%";
        q.score = BigDecimal.TEN.multiply(BigDecimal.valueOf(actual)).divide(BigDecimal.valueOf(target), 2,
                RoundingMode.HALF_UP).toPlainString();
        return q;
    }
}
