package dev.selfeval.engine;

import dev.selfeval.model.BudgetScore;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormScore;
import dev.selfeval.model.IndicatorScore;
import dev.selfeval.model.Severity;
import dev.selfeval.model.SourceRef;

import java.util.List;

/**
 * What the rules made of one form: its findings in form order, and the values they recomputed
 * (any of which may be null when the rules could not compute it). {@code form} is null for a file
 * that could not be read at all; its findings then say why.
 */
public record FormAudit(String id, SourceRef source, Form form, List<Finding> findings, BudgetScore budget,
                        List<IndicatorScore> indicators, FormScore score) {

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The worst severity among the findings, or null when there are none. */
    public Severity worst() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
    }
}
