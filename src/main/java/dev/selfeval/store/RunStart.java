package dev.selfeval.store;

import java.time.Instant;
import java.util.List;

/**
 * What a saved run states about itself before its forms: the inputs as given, the rules (with each
 * rule's own fingerprint, {@link dev.selfeval.engine.RuleHashes}) and the tool.
 */
public record RunStart(List<String> inputs, String rulesDir, String rulesFingerprint, int ruleCount, String toolVersion,
                       Instant started, java.util.Map<String, String> ruleHashes) {
}
