package dev.selfeval.engine.explain;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.load.RuleLoader;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.model.Form;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger explains every point and reconciles (issue: explain every score). */
class LedgerTest {
    private static List<Ledger> seed;

    @BeforeAll
    static void audit() {
        Auditor a = Rules.auditor();
        seed = Fixtures.seedForms().stream().map(f -> Ledger.of(a.audit(f))).toList();
    }

    @Test
    void form3LosesItsPointsAtBudgetExecutionOnly() {
        Ledger l = seed.get(2);
        LedgerRow budget = l.rows().get(0);
        assertTrue(budget.budget());
        assertEquals("预算执行率", budget.item());
        assertEquals("10", budget.weight().toPlainString());
        assertEquals("7.93", budget.stated().toPlainString());
        assertEquals("7.93", budget.recomputed().toPlainString());
        assertEquals("2.07", budget.deducted().toPlainString());
        assertEquals("0.00", budget.difference().toPlainString());
        assertEquals("执行率 79.30%；10 × min(916,392.88 ÷ 1,155,600.00, 1) = 7.93", budget.formula());
        assertEquals("SCORE-BUDGET", budget.rule().id());
        assertEquals("rules/scoring.drl", budget.rule().file());
        assertEquals(List.of("FUND-RATE"), budget.findings().stream().map(f -> f.ruleId()).toList());
        for (LedgerRow r : l.rows().subList(1, l.rows().size())) {
            assertEquals(0, r.deducted().signum(), r.item());
            assertEquals(0, r.difference().signum(), r.item());
        }
        assertEquals(6, l.rows().size());
        assertEquals("2.07", l.deducted().toPlainString());
        assertEquals("97.93", l.statedSum().toPlainString());
        assertEquals("97.93", l.recomputedSum().toPlainString());
        assertEquals("97.93", l.recomputedTotal().toPlainString());
        assertEquals(0, l.statedTotalGap().signum());
        assertTrue(l.reconciles());
        assertEquals("优", l.grade());
    }

    @Test
    void forms9And10ScoreNothingAndSayWhy() {
        for (Ledger l : List.of(seed.get(8), seed.get(9))) {
            for (LedgerRow r : l.rows()) {
                assertEquals(0, r.stated().signum(), l.formId() + " " + r.item());
                assertEquals(0, r.recomputed().signum(), l.formId() + " " + r.item());
                assertEquals(0, r.weight().compareTo(r.deducted()), r.item());
                if (!r.budget()) {
                    assertEquals("财政年初未安排资金", r.reason(), r.item());
                }
            }
            assertEquals("0.00", l.recomputedTotal().toPlainString());
            assertEquals("差", l.grade());
            assertEquals("100", l.deducted().stripTrailingZeros().toPlainString());
            assertTrue(l.reconciles());
        }
    }

    @Test
    void form5ShowsTheCapAndTheOverspending() {
        LedgerRow budget = seed.get(4).rows().get(0);
        assertEquals("10.00", budget.recomputed().toPlainString());
        assertEquals("0", budget.deducted().stripTrailingZeros().toPlainString());
        assertEquals("执行率 1000.00%；10 × min(1,500,000 ÷ 150,000.00, 1) = 10.00（执行率 1000.00% 超过 100%，按 100% 计）",
                budget.formula());
        assertEquals(List.of("FUND-OVERSPENT"), budget.findings().stream().map(f -> f.ruleId()).toList());
    }

    @Test
    void missedPositiveTargetShowsTheDifferenceAndWhoFoundIt() {
        Ledger l = ledger(Rules.auditor(), "rules/tests/IND-MISSED-FULL-SCORE/fires.txt");
        LedgerRow row = l.rows().get(1);
        assertEquals("新建助餐点", row.item());
        assertEquals("20", row.weight().toPlainString());
        assertEquals("20", row.stated().toPlainString());
        assertEquals("15.00", row.recomputed().toPlainString());
        assertEquals("-5.00", row.difference().toPlainString());
        assertEquals("20 × 15 ÷ 20 = 15.00", row.formula());
        assertEquals(List.of("IND-MISSED-FULL-SCORE"), row.attributedTo());
        assertEquals("99.50", l.statedSum().toPlainString());
        assertEquals("94.50", l.recomputedTotal().toPlainString());
        assertTrue(l.reconciles());
    }

    @Test
    void missedReverseTargetShowsBothMethodsAndTheParameterChoosesOne(@TempDir Path tmp) throws Exception {
        String form = "rules/tests/IND-SCORE-FORMULA/reverse-linear.txt";
        LedgerRow linear = ledger(Rules.auditor(), form).rows().get(4);
        assertEquals("人均补贴成本", linear.item());
        assertEquals("8.75", linear.recomputed().toPlainString());
        assertEquals("实际 18 > 目标 16；linear：10 × (1 − (18 − 16) ÷ 16) = 8.75（采用）；ratio：10 × 16 ÷ 18 = 8.89",
                linear.formula());
        assertEquals(List.of(), linear.findings());

        Path rules = Rules.copy(tmp.resolve("rules"));
        Rules.edit(rules.resolve("parameters.yaml"), "reverseMethod: linear", "reverseMethod: ratio");
        LedgerRow ratio = ledger(new Auditor(RuleLoader.load(rules)), form).rows().get(4);
        assertEquals("8.89", ratio.recomputed().toPlainString());
        assertEquals("实际 18 > 目标 16；ratio：10 × 16 ÷ 18 = 8.89（采用）；linear：10 × (1 − (18 − 16) ÷ 16) = 8.75",
                ratio.formula());
        assertEquals("0.14", ratio.difference().toPlainString());
        assertEquals(List.of("IND-SCORE-FORMULA"), ratio.attributedTo());
    }

    @Test
    void qualitativeRowShowsItsBand() {
        LedgerRow row = ledger(Rules.auditor(), "rules/tests/IND-QUAL-BAND/fires.txt").rows().get(6);
        assertEquals("助餐点运营机制", row.item());
        assertEquals("部分达成 [6.00, 8.00)", row.band());
        assertEquals("7.99", row.recomputed().toPlainString());
        assertEquals(List.of("IND-QUAL-BAND"), row.attributedTo());
    }

    @Test
    void statedTotalThatDoesNotAddUpIsShownApart() {
        Ledger l = ledger(Rules.auditor(), "rules/tests/FORM-TOTAL/fires.txt");
        assertEquals("98.50", l.statedTotal().toPlainString());
        assertEquals("99.50", l.statedSum().toPlainString());
        assertEquals("-1.00", l.statedTotalGap().toPlainString());
        assertEquals(List.of("FORM-TOTAL"), l.formFindings().stream().map(f -> f.ruleId()).toList());
        assertTrue(l.reconciles());
    }

    @Test
    void aFormReadInPartNamesWhatItsSumsLack() {
        Ledger l = ledger(Rules.auditor(), "fixtures/provinces/yunnan-shidian-2019.txt");
        assertEquals(List.of("绩效指标"), l.unread());
        assertEquals("71.7", l.statedTotal().toPlainString());
        assertEquals("53.2", l.statedSum().toPlainString());
        assertNull(l.recomputedTotal());
        assertEquals(List.of(), seed.get(2).unread());
    }

    @Test
    void unreadableFileHasAnEmptyLedger() {
        FormAudit a = Rules.auditor().single().unreadable("x", dev.selfeval.ingest.FileResult.unreadable("x", "文件为空", 0));
        Ledger l = Ledger.of(a);
        assertEquals(List.of(), l.rows());
        assertNull(l.recomputedTotal());
    }

    private static Ledger ledger(Auditor a, String file) {
        Form f = Fixtures.read(Path.of(file)).forms().get(0);
        return Ledger.of(a.audit(f));
    }
}
