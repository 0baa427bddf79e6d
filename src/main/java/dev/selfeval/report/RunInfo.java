package dev.selfeval.report;

/** What every report states about the run: the rules it used. */
public record RunInfo(String rulesDir, int ruleCount, String fingerprint) {
}
