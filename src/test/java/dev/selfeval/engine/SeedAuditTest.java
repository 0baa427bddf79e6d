package dev.selfeval.engine;

import dev.selfeval.engine.run.Auditor;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Severity;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default rules on the ten seed forms give exactly the findings the seed holds, worked out by hand from its numbers (each asserted below with why). */
class SeedAuditTest {
    private static List<FormAudit> audits;

    @BeforeAll
    static void audit() {
        Auditor a = Rules.auditor();
        audits = Fixtures.seedForms().stream().map(a::audit).toList();
    }

    /** Rule ids and counts per form, INFO findings aside. */
    @ParameterizedTest(name = "form {0}")
    @CsvSource(delimiter = ';', value = {
            "1; FORM-HEADER-MISSING=1, IND-NOT-MEASURED=3",
            "2; FORM-LEVEL1-SPLIT=1, IND-DUPLICATE=4, IND-MISPLACED=1, IND-NOT-MEASURED=2",
            "3; FUND-RATE=1, IND-REASON-NO-DEDUCTION=1",
            "4; IND-NOT-MEASURED=4",
            "5; FUND-OVERSPENT=1, IND-NOT-MEASURED=3",
            "6; FUND-LOW-UNEXPLAINED=1, FUND-RATE=1",
            "7; FUND-LOW-UNEXPLAINED=1, IND-NOT-MEASURED=2",
            "8; FUND-RATE=1, IND-NOT-MEASURED=2",
            "9; FORM-GOAL-MISSING=1",
            "10; FORM-GOAL-MISSING=1"})
    void findingsPerForm(int form, String expected) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : audits.get(form - 1).findings()) {
            if (f.severity() != Severity.INFO) {
                counts.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        assertEquals(expected, String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    @Test
    void theOnlyErrorIsTheOverspentForm() {
        List<String> errors = new ArrayList<>();
        for (FormAudit a : audits) {
            a.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> errors.add(a.id() + " " + f.ruleId()));
        }
        assertEquals(List.of("000_01ee96ef31214bdb.txt#5 FUND-OVERSPENT"), errors);
    }

    @ParameterizedTest(name = "form {0}: FUND-RATE stated {1}, recomputed {2}")
    @CsvSource({"3, 79.31, 79.30", "6, 71.82, 71.81", "8, 98.15, 98.14"})
    void rateFindingsCarryBothValues(int form, String stated, String recomputed) {
        Finding f = only(form, "FUND-RATE");
        assertEquals(new BigDecimal(stated), f.actual());
        assertEquals(new BigDecimal(recomputed), f.expected());
        assertEquals("项目资金", f.location().section());
        assertEquals("执行率", f.location().field());
        assertEquals("执行率填报 " + stated + "%，按 全年执行数 " + (form == 3 ? "916,392.88 ÷ 全年预算数 1,155,600.00"
                : form == 6 ? "109,516.83 ÷ 全年预算数 152,500.00" : "1,796,016 ÷ 全年预算数 1,830,000.00")
                + " 重算为 " + recomputed + "%", f.message());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("rules/funds.drl", f.rule().file());
        assertTrue(f.rule().line() > 0);
    }

    @ParameterizedTest(name = "form {0}: rate {1} → score {2}, total {3} {4}")
    @CsvSource({"1, 100.00, 10.00, 100.00, 优", "2, 100.00, 10.00, 100.00, 优", "3, 79.30, 7.93, 97.93, 优",
            "4, 100.00, 10.00, 100.00, 优", "5, 1000.00, 10.00, 100.00, 优", "6, 71.81, 7.18, 97.18, 优",
            "7, 58.70, 5.87, 95.87, 优", "8, 98.14, 9.81, 99.81, 优", "9, 0.00, 0.00, 0.00, 差", "10, 0.00, 0.00, 0.00, 差"})
    void recomputedScores(int form, String rate, String score, String total, String grade) {
        FormAudit a = audits.get(form - 1);
        assertEquals(rate, a.budget().rate().toPlainString());
        assertEquals(score, a.budget().score().toPlainString());
        assertEquals(total, a.score().recomputed().toPlainString());
        assertEquals(grade, a.score().grade());
        assertEquals(0, a.score().stated().compareTo(new BigDecimal(total)), "stated totals all add up");
    }

    @Test
    void lowExecutionValues() {
        assertEquals(new BigDecimal("71.81"), only(6, "FUND-LOW-UNEXPLAINED").actual());
        assertEquals(new BigDecimal("58.70"), only(7, "FUND-LOW-UNEXPLAINED").actual());
        assertEquals(new BigDecimal("90"), only(7, "FUND-LOW-UNEXPLAINED").expected());
    }

    @Test
    void overspentValues() {
        Finding f = only(5, "FUND-OVERSPENT");
        assertEquals(new BigDecimal("150000.00"), f.expected());
        assertEquals(new BigDecimal("1500000"), f.actual());
        assertTrue(f.message().contains("年度资金总额 全年执行数 1,500,000 > 全年预算数 150,000.00（执行率 1000.00%）"), f.message());
        assertEquals(106, f.location().line());
    }

    @Test
    void unitInfoOnForm7() {
        Finding f = only(7, "IND-UNIT");
        assertEquals(Severity.INFO, f.severity());
        assertEquals("全年值班天数", f.location().indicator());
        assertEquals(160, f.location().line());
    }

    @Test
    void duplicatesAreReportedOnTheRepeatedRowsOnly() {
        List<Integer> lines = audits.get(1).findings().stream().filter(f -> f.ruleId().equals("IND-DUPLICATE"))
                .map(f -> f.location().line()).toList();
        assertEquals(List.of(43, 45, 47, 49), lines);
        assertEquals(50, only(2, "IND-MISPLACED").location().line());
        assertEquals("分值结构与默认不同：效益指标 35 分（默认 30）；满意度指标 5 分（默认 10）", only(2, "FORM-LEVEL1-SPLIT").message());
    }

    @Test
    void zeroSpendingWithoutAnyReasonIsAnError() {
        Form nine = Fixtures.seedForms().get(8);
        List<Indicator> noReasons = nine.indicators().stream().map(i -> Indicator.of(i.index(), i.level1(), i.level2(),
                i.name(), i.target(), i.actual(), i.weight(), i.score(), null, i.line(), Fixtures.templates().vocabulary())).toList();
        Form stripped = new Form(nine.id(), nine.source(), nine.template(), nine.header(), nine.amountUnit(), nine.funds(), nine.goals(),
                noReasons, nine.level1Weights(), nine.total(), nine.reasons(), nine.problems(), nine.places(), nine.missing(), nine.reading());
        FormAudit a = Rules.auditor().audit(stripped);
        Finding zero = a.findings().stream().filter(f -> f.ruleId().equals("FUND-ZERO-UNEXPLAINED")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, zero.severity());
        assertEquals("全年预算数 396,000.00，全年执行数为 0，全表没有填写任何偏差原因", zero.message());
        assertEquals(8, a.findings().stream().filter(f -> f.ruleId().equals("IND-DEDUCTION-UNEXPLAINED")).count());
        assertEquals(0, a.findings().stream().filter(f -> f.ruleId().equals("FUND-LOW-UNEXPLAINED")).count());
    }

    private static Finding only(int form, String ruleId) {
        List<Finding> l = audits.get(form - 1).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, l.size(), ruleId + " on form " + form);
        return l.get(0);
    }
}
