package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Severity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One form's rows in the workbook: its 汇总 row, its 问题清单 rows (one a finding) and its 扣分明细
 * rows (one a ledger row), and whether the form was read (an unreadable file has a 汇总 row but no
 * department). Made on a worker, handed to the writer as it is.
 */
record WorkbookForm(FormRow row, boolean read, List<FindingLine> findings, List<LedgerLine> ledger) {

    /**
     * A finding as a row: {@code expected} and {@code actual} are numbers or texts, as the rule gave
     * them; {@code waived} says why and by whom, or is null.
     */
    record FindingLine(String formId, String project, String department, String where, String ruleId,
                       Severity severity, String message, Object expected, Object actual, String basis, String rule,
                       String waived, String baseline) {

        static FindingLine of(String formId, String project, String department, Finding f) {
            String waived = f.waiver() == null ? null : f.waiver().reason() + "（批准：" + f.waiver().approver() + "，至 "
                    + f.waiver().expires() + "）";
            return new FindingLine(formId, project, department, f.where(), f.ruleId(), f.severity(), f.message(),
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
        List<FindingLine> findings = a.findings().stream()
                .map(f -> FindingLine.of(a.id(), row.project(), row.department(), f)).toList();
        List<LedgerLine> ledger = a.form() == null ? List.of()
                : Ledger.of(a).rows().stream().map(r -> line(a.id(), row.project(), r)).toList();
        return new WorkbookForm(row, a.form() != null, findings, ledger);
    }

    private static LedgerLine line(String formId, String project, LedgerRow r) {
        return new LedgerLine(formId, project, r.index(), r.item(), r.level1(), r.level2(), r.weight(), r.stated(),
                r.recomputed(), r.deducted(), r.difference(), r.band() == null || r.formula() == null ? r.formula() : r.band() + "；" + r.formula(),
                r.reason(), r.rule() == null ? null : r.rule().id() + " " + r.rule().file() + ":" + r.rule().line(),
                String.join("、", r.findings().stream().map(Finding::ruleId).distinct().toList()));
    }
}
