package dev.selfeval.store;

import dev.selfeval.engine.RuleHashes;
import dev.selfeval.engine.RuleSet;

import java.time.Instant;
import java.util.List;

/**
 * What a saved run states about itself before its forms: the inputs as given, the rules (with each
 * rule's own fingerprint, {@link dev.selfeval.engine.RuleHashes}) and the tool.
 */
public record RunStart(List<String> inputs, String rulesDir, String rulesFingerprint, int ruleCount, String toolVersion,
                       Instant started, java.util.Map<String, String> ruleHashes) {

    /** A run of these inputs with these rules, starting now. */
    public static RunStart of(List<String> inputs, RuleSet rules, String toolVersion) {
        return new RunStart(inputs, rules.dir(), rules.fingerprint(), rules.rules().size(), toolVersion, Instant.now(), RuleHashes.of(rules));
    }
}
