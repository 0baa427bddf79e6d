package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.Finding;

import java.math.BigDecimal;
import java.util.List;

/**
 * One form's rows in the workbook: its 汇总 row, its 问题清单 rows (one a finding) and its 扣分明细
 * rows (one a ledger row). Made on a worker, passed to the writer as JSON.
 */
record WorkbookForm(FormRow row, List<FindingLine> findings, List<LedgerLine> ledger) {

    /** A finding as a row: {@code expected} and {@code actual} are numbers or texts, as the rule gave them. */
    record FindingLine(String formId, String project, String where, String ruleId, String severity, String message,
                       Object expected, Object actual, String basis, String rule, String waived, String baseline) {

        static FindingLine of(String formId, String project, Finding f) {
            String waived = f.waiver() == null ? null : f.waiver().reason() + "（批准：" + f.waiver().approver() + "，至 "
                    + f.waiver().expires() + "）";
            return new FindingLine(formId, project, f.where(), f.ruleId(), f.severity().chinese(), f.message(),
                    f.expected(), f.actual(), f.basis(), f.rule().file() + ":" + f.rule().line(), waived, Show.baseline(f.baseline()));
        }
    }

    /** A ledger row with its form. */
    record LedgerLine(String formId, String project, int index, String item, String level1, String level2,
                      BigDecimal weight, BigDecimal stated, BigDecimal recomputed, BigDecimal deducted,
                      BigDecimal difference, String formula, String reason, String rule, String findings) {
    }

    static WorkbookForm of(FormAudit a) {
        FormRow row = FormRow.of(a);
        List<FindingLine> findings = a.findings().stream().map(f -> FindingLine.of(a.id(), row.project(), f)).toList();
        List<LedgerLine> ledger = a.form() == null ? List.of()
                : Ledger.of(a).rows().stream().map(r -> line(a.id(), row.project(), r)).toList();
        return new WorkbookForm(row, findings, ledger);
    }

    private static LedgerLine line(String formId, String project, LedgerRow r) {
        return new LedgerLine(formId, project, r.index(), r.item(), r.level1(), r.level2(), r.weight(), r.stated(),
                r.recomputed(), r.deducted(), r.difference(), r.band() == null || r.formula() == null ? r.formula() : r.band() + "；" + r.formula(),
                r.reason(), r.rule() == null ? null : r.rule().id() + " " + r.rule().file() + ":" + r.rule().line(),
                String.join("、", r.findings().stream().map(Finding::ruleId).distinct().toList()));
    }
}
