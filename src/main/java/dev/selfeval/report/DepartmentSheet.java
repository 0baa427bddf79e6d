package dev.selfeval.report;

import dev.selfeval.engine.Rounding;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Severity;
import dev.selfeval.report.WorkbookTable.Column;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 按部门 sheet: for each department (主管部门) of the forms read, its forms, the forms with an
 * error, its errors and warnings (waived findings apart, as on 汇总) and the mean of its recomputed
 * totals (over the forms whose total could be recomputed; rounded as parameters.yaml's rounding says),
 * most errors first, then most warnings, then by name. A file that could not be read has no
 * department: it is on 汇总 alone. Kept as a few numbers a department while the forms are written.
 */
final class DepartmentSheet {
    static final String NAME = "按部门";
    static final List<Column> COLUMNS = List.of(Column.of("主管部门"), Column.of("表数"), Column.of("有错误的表"),
            Column.of("错误"), Column.of("警告"), Column.of("平均重算总分"));

    private static final class Totals {
        final String name;
        int forms;
        int formsWithError;
        int errors;
        int warnings;
        int scored;
        BigDecimal sum = BigDecimal.ZERO;

        Totals(String name) {
            this.name = name;
        }
    }

    private final Map<String, Totals> departments = new HashMap<>();

    /** Counts a form read (an unreadable file's row is not counted). */
    void add(FormRow r) {
        String name = r.department() == null ? Summary.NO_DEPARTMENT : r.department();
        Totals t = departments.computeIfAbsent(name, Totals::new);
        t.forms++;
        t.formsWithError += r.errors() > 0 ? 1 : 0;
        t.errors += r.errors();
        t.warnings += r.warnings();
        if (r.recomputedTotal() != null) {
            t.scored++;
            t.sum = t.sum.add(r.recomputedTotal());
        }
    }

    /** Writes one row a department into {@code table}, each filled by its worst finding. */
    void write(WorkbookTable table, Rounding rounding) {
        List<Totals> rows = departments.values().stream()
                .sorted(Comparator.comparingInt((Totals t) -> t.errors).reversed()
                        .thenComparing(Comparator.comparingInt((Totals t) -> t.warnings).reversed())
                        .thenComparing(t -> t.name))
                .toList();
        for (Totals t : rows) {
            BigDecimal mean = t.scored == 0 ? null : t.sum.divide(BigDecimal.valueOf(t.scored), rounding.scale(), rounding.mode());
            Severity worst = t.errors > 0 ? Severity.ERROR : t.warnings > 0 ? Severity.WARNING : null;
            table.add(worst, t.name, t.forms, t.formsWithError, t.errors, t.warnings, mean);
        }
    }
}
