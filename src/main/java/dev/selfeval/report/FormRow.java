package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Severity;

import java.math.BigDecimal;

/**
 * One form in a line, as the HTML report's table of forms and the workbook's 汇总 sheet show it:
 * where it is, what it is, its stated and recomputed total and grade, and its findings counted by
 * severity (waived ones apart). A file that could not be read is a row too, with its reason.
 */
public record FormRow(String id, String file, String place, String project, String department, String unit,
                      Integer year, String template, BigDecimal statedTotal, BigDecimal recomputedTotal,
                      BigDecimal difference, String statedGrade, String grade, int errors, int warnings, int infos,
                      int waived, String unreadable) {

    public static FormRow of(FormAudit a) {
        int[] counts = new int[Severity.values().length];
        int waived = 0;
        for (Finding f : a.findings()) {
            if (f.waived()) {
                waived++;
            } else {
                counts[f.severity().ordinal()]++;
            }
        }
        Form f = a.form();
        var score = a.score();
        BigDecimal stated = score != null ? score.stated() : f == null ? null : f.total().score();
        BigDecimal recomputed = score == null ? null : score.recomputed();
        return new FormRow(a.id(), a.source().file(), a.source().place(), f == null ? null : f.projectName(),
                f == null ? null : f.header().department(), f == null ? null : f.header().implementingUnit(),
                f == null ? null : f.header().year(), f == null ? null : f.template(), stated, recomputed,
                stated == null || recomputed == null ? null : recomputed.subtract(stated),
                score == null ? null : score.statedGrade(), score == null ? null : score.grade(),
                counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()],
                waived, f == null && !a.findings().isEmpty() ? a.findings().get(0).message() : null);
    }

    /** The worst severity among the findings that count (not waived), or null when none. */
    public Severity worst() {
        return errors > 0 ? Severity.ERROR : warnings > 0 ? Severity.WARNING : infos > 0 ? Severity.INFO : null;
    }
}
