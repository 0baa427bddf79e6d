package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.model.Finding;

import java.io.IOException;

/**
 * A report of the forms with a finding only ({@code --only-problems}): a form whose findings are all
 * waived, or that has none, is left out of the report's forms; the run's counts and its summary still
 * take in every form.
 */
public final class ProblemsOnly<R> implements Reporter<ProblemsOnly.Kept<R>> {
    /** A form's rendering, or null for a form left out. */
    public record Kept<R>(R rendered) {
    }

    private final Reporter<R> report;

    private ProblemsOnly(Reporter<R> report) {
        this.report = report;
    }

    public static <R> Reporter<?> of(Reporter<R> report) {
        return new ProblemsOnly<>(report);
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        report.begin(run);
    }

    @Override
    public Kept<R> render(FormAudit audit) {
        return new Kept<>(audit.findings().stream().allMatch(Finding::waived) ? null : report.render(audit));
    }

    @Override
    public void write(Kept<R> form) throws IOException {
        if (form.rendered() != null) {
            report.write(form.rendered());
        }
    }

    @Override
    public void end(Summary summary, RunEnd end) throws IOException {
        report.end(summary, end);
    }
}
