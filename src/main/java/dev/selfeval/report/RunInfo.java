package dev.selfeval.report;

import dev.selfeval.engine.Grade;
import dev.selfeval.engine.Rounding;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.RuleSet;

import java.util.List;

/**
 * What every report states about the run: the rules it used (folder, count, fingerprint, each rule's own
 * fingerprint: {@link dev.selfeval.engine.RuleHashes}), each rule's
 * metadata (for reports that name a rule's title and basis), the grades best first, and how scores
 * are rounded (for reports that compute with them, such as a mean).
 */
public record RunInfo(String rulesDir, int ruleCount, String fingerprint, List<RuleInfo> rules, List<String> grades,
                      Rounding rounding, java.util.Map<String, String> ruleHashes) {

    /** Each rule's Chinese title by its id, for reports that print it beside the code (build once, in begin). */
    public java.util.Map<String, String> titles() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        rules.forEach(r -> out.putIfAbsent(r.id(), r.name()));
        return java.util.Map.copyOf(out);
    }

    public static RunInfo of(RuleSet rules) {
        return new RunInfo(rules.dir(), rules.rules().size(), rules.fingerprint(), rules.rules(),
                rules.params().grades().stream().map(Grade::name).toList(), rules.params().rounding(),
                dev.selfeval.engine.RuleHashes.of(rules));
    }
}
