package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.model.Finding;

import java.util.List;

/**
 * What a report says after the forms: findings on groups of forms, findings on the waivers, and —
 * when compared with a baseline — the earlier findings this run no longer has.
 */
public record RunEnd(List<CrossFormFinding> crossForm, List<Finding> waivers, List<Baseline.Entry> resolved,
                     boolean baseline) {

    public static RunEnd of(List<CrossFormFinding> crossForm) {
        return new RunEnd(crossForm, List.of(), List.of(), false);
    }
}
