package dev.selfeval.report;

import dev.selfeval.model.Severity;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The order in which a report shows forms: the worst first. Forms with an error before those with
 * only warnings, then only notes, then none; within a severity, the largest gap between the stated
 * and the recomputed total first, then the most errors and warnings; then the order they came in.
 */
final class WorstFirst {
    private WorstFirst() {
    }

    /** A form in the order: its row and its place in the input. */
    record Ranked(FormRow row, int seq) {
    }

    static final Comparator<Ranked> ORDER = Comparator
            .comparingInt((Ranked r) -> rank(r.row().worst()))
            .thenComparing((Ranked r) -> gap(r.row()), Comparator.reverseOrder())
            .thenComparing((Ranked r) -> r.row().errors(), Comparator.reverseOrder())
            .thenComparing((Ranked r) -> r.row().warnings(), Comparator.reverseOrder())
            .thenComparingInt(Ranked::seq);

    /** ERROR 0, WARNING 1, INFO 2, no finding 3. */
    static int rank(Severity worst) {
        return worst == null ? Severity.values().length : worst.ordinal();
    }

    /** How far the recomputed total is from the stated one (0 when either is missing). */
    static BigDecimal gap(FormRow row) {
        return row.difference() == null ? BigDecimal.ZERO : row.difference().abs();
    }
}
