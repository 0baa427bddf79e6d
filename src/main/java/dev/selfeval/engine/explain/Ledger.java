package dev.selfeval.engine.explain;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.BudgetScore;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.IndicatorScore;
import dev.selfeval.model.RuleRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a form has the score it has: one row per scored item with its stated and recomputed score,
 * the formula the scoring rule wrote, and the findings on the item. It reconciles: the rows'
 * recomputed scores add up to the recomputed total, and every difference from the stated total is
 * shown on the row it comes from (plus, apart, a stated total that differs from its own items).
 * {@code unread} names the blocks the rows come from that were not read whole: the sums are then of
 * what was read, and are not held against the totals.
 */
public record Ledger(String formId, List<LedgerRow> rows, BigDecimal weightSum, BigDecimal statedTotal,
                     BigDecimal statedSum, BigDecimal recomputedSum, BigDecimal recomputedTotal, String grade,
                     String statedGrade, String totalFormula, RuleRef totalRule, List<Finding> formFindings,
                     List<String> unread) {

    /** The field of the findings that explain a score difference. */
    public static final String SCORE_FIELD = "得分";

    /** The blocks the rows come from: the sums of a form with one of them not read whole are not its items'. */
    private static final List<String> ITEM_BLOCKS = List.of(BlockMissing.FUNDS, BlockMissing.INDICATORS);

    /** Σ rows = the total the rules recomputed. */
    public boolean reconciles() {
        return recomputedTotal != null && recomputedSum.compareTo(recomputedTotal) == 0;
    }

    /** Points lost on the form as stated: Σ (weight − stated). */
    public BigDecimal deducted() {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerRow r : rows) {
            sum = sum.add(Calc.orZero(r.deducted()));
        }
        return sum;
    }

    /** Why the sums are not held against the totals, in Chinese; null when all the blocks were read whole. */
    public String unreadNote() {
        return unread.isEmpty() ? null : String.join("、", unread) + "未读全，各项得分之和只是已读出的部分，不与总分对账";
    }

    /** The stated total minus the sum of the stated item scores (FORM-TOTAL's business). */
    public BigDecimal statedTotalGap() {
        return statedTotal == null ? null : statedTotal.subtract(statedSum);
    }

    public static Ledger of(FormAudit a) {
        Form f = a.form();
        if (f == null) {
            return new Ledger(a.id(), List.of(), BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                    null, null, null, a.findings(), ITEM_BLOCKS);
        }
        List<Finding> unplaced = new ArrayList<>(a.findings());
        List<LedgerRow> rows = new ArrayList<>();
        rows.add(budgetRow(f.totalFund(), a.budget(), take(unplaced, x -> x.location().section().equals(BlockMissing.FUNDS))));
        // an indicator row's findings are those of its line (the first row of a line takes them all)
        Map<Integer, List<Finding>> byLine = new HashMap<>();
        for (Finding x : take(unplaced, x -> x.location().section().equals(BlockMissing.INDICATORS) && x.location().line() > 0)) {
            byLine.computeIfAbsent(x.location().line(), k -> new ArrayList<>()).add(x);
        }
        for (IndicatorScore s : a.indicators()) {
            List<Finding> mine = byLine.remove(s.indicator().line());
            rows.add(indicatorRow(s, mine == null ? List.of() : mine));
        }
        if (!byLine.isEmpty()) { // findings on indicator lines no scored row has: back to the form's, in order
            Set<Finding> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            keep.addAll(unplaced);
            byLine.values().forEach(keep::addAll);
            unplaced.clear();
            a.findings().stream().filter(keep::contains).forEach(unplaced::add);
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal stated = BigDecimal.ZERO;
        BigDecimal counted = BigDecimal.ZERO;
        for (LedgerRow r : rows) {
            weights = weights.add(Calc.orZero(r.weight()));
            stated = stated.add(Calc.orZero(r.stated()));
            counted = counted.add(r.counted());
        }
        if (!f.rowWeights() && f.level1WeightSum() != null) { // the weights are in the level-1 names only: the rows have none
            weights = weights.add(f.level1WeightSum());
        }
        var score = a.score();
        return new Ledger(a.id(), rows, weights, f.total().score(), stated, Calc.padded(counted),
                score == null ? null : score.recomputed(), score == null ? null : score.grade(),
                score == null ? null : score.statedGrade(), score == null ? null : score.formula(),
                score == null ? null : score.rule(), unplaced, ITEM_BLOCKS.stream()
                        .filter(b -> f.missing().contains(b) || f.reading().partial().contains(b)).toList());
    }

    private static LedgerRow budgetRow(FundLine t, BudgetScore b, List<Finding> findings) {
        BigDecimal weight = b != null ? b.weight() : t.weight();
        BigDecimal recomputed = b == null ? null : b.score();
        String formula = b == null ? null
                : (b.rate() == null ? b.formula() : "执行率 " + Calc.pct(b.rate()) + "；" + b.formula());
        return new LedgerRow(0, "预算执行率", null, null, t.line(), weight, t.score(), recomputed, null,
                minus(weight, t.score()), minus(recomputed, t.score()), formula, null,
                b == null ? null : b.rule(), findings, attribution(findings, minus(recomputed, t.score())));
    }

    private static LedgerRow indicatorRow(IndicatorScore s, List<Finding> findings) {
        Indicator i = s.indicator();
        String band = s.band() == null ? null : s.band() + " " + range(s);
        BigDecimal difference = minus(s.recomputed(), i.score());
        return new LedgerRow(i.index(), i.name(), i.level1(), i.level2(), i.line(), i.weight(), i.score(),
                s.recomputed(), band, minus(i.weight(), i.score()), difference, s.formula(), i.reason(), s.rule(),
                findings, attribution(findings, difference));
    }

    private static String range(IndicatorScore s) {
        return "[" + Calc.shown(s.bandLow()) + ", " + Calc.shown(s.bandHigh()) + (s.bandHigh().compareTo(
                Calc.orZero(s.indicator().weight())) >= 0 ? "]" : ")");
    }

    /** The rules whose score findings on this row explain a non-zero difference. */
    private static List<String> attribution(List<Finding> findings, BigDecimal difference) {
        if (difference == null || difference.signum() == 0) {
            return List.of();
        }
        return findings.stream().filter(x -> SCORE_FIELD.equals(x.location().field())).map(Finding::ruleId)
                .distinct().toList();
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : Calc.padded(a.subtract(b));
    }

    /** Moves the findings that match out of {@code from}, in one pass, keeping both lists' order. */
    private static List<Finding> take(List<Finding> from, java.util.function.Predicate<Finding> p) {
        List<Finding> out = new ArrayList<>();
        int kept = 0;
        for (Finding f : from) {
            if (p.test(f)) {
                out.add(f);
            } else {
                from.set(kept++, f);
            }
        }
        from.subList(kept, from.size()).clear();
        return out;
    }
}
