package dev.selfeval.store;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormScore;
import dev.selfeval.model.Header;
import dev.selfeval.model.Location;
import dev.selfeval.model.Severity;
import dev.selfeval.model.SourceRef;

import java.math.BigDecimal;
import java.util.List;

/**
 * One audited form as the database keeps it: its row and its findings' rows, made on the worker
 * that audited it so that the writing thread only binds them.
 */
record RunRows(FormRow form, List<FindingRow> findings) {

    /** A form's row (the {@code forms} table, without run and seq). */
    record FormRow(String id, String key, Integer year, String file, String place, String project, String department,
                   String unit, String template, BigDecimal stated, BigDecimal recomputed, BigDecimal gap, String grade,
                   String statedGrade, int worst, int errors, int warnings, int infos, int waived) {
    }

    /** A finding's row (the {@code findings} table, without run, seq and form seq). */
    record FindingRow(String forms, String ruleId, String severity, String section, String level1, String level2,
                      String indicator, String field, int line, String place, String message, String expected,
                      String actual, String fingerprint, boolean waived, String baseline) {
    }

    /** Worst severity rank of a form with no finding (not waived): ERROR 0, WARNING 1, INFO 2. */
    static final int NONE = Severity.values().length;

    static RunRows of(FormAudit a) {
        Form f = a.form();
        Header h = f == null ? null : f.header();
        SourceRef src = f != null && f.source() != null ? f.source() : a.source();
        int[] counts = new int[NONE];
        int waived = 0;
        int worst = NONE;
        for (Finding x : a.findings()) {
            if (x.waived()) {
                waived++;
            } else {
                counts[x.severity().ordinal()]++;
                worst = Math.min(worst, x.severity().ordinal());
            }
        }
        FormScore s = a.score();
        BigDecimal stated = s == null ? null : s.stated();
        BigDecimal recomputed = s == null ? null : s.recomputed();
        BigDecimal gap = stated == null || recomputed == null ? BigDecimal.ZERO : recomputed.subtract(stated).abs();
        FormRow row = new FormRow(a.id(), f == null ? "" : f.key(), h == null ? null : h.year(),
                src == null ? null : src.file(), src == null ? null : src.place(),
                h == null ? null : h.projectName(), h == null ? null : h.department(), h == null ? null : h.implementingUnit(),
                f == null ? null : f.template(), stated, recomputed, gap, s == null ? null : s.grade(),
                s == null ? null : s.statedGrade(), worst, counts[0], counts[1], counts[2], waived);
        return new RunRows(row, a.findings().stream().map(x -> finding(x, null)).toList());
    }

    /** A finding's row; {@code forms} names the forms of a finding on a group of forms. */
    static FindingRow finding(Finding f, String forms) {
        Location l = f.location();
        return new FindingRow(forms, f.ruleId(), f.severity().name(), l == null ? null : l.section(),
                l == null ? null : l.level1(), l == null ? null : l.level2(), l == null ? null : l.indicator(),
                l == null ? null : l.field(), l == null ? 0 : l.line(), f.source() == null ? null : f.source().place(),
                f.message(), text(f.expected()), text(f.actual()), f.fingerprint(), f.waived(), f.baseline());
    }

    private static String text(Object v) {
        return v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
