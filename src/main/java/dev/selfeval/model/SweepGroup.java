package dev.selfeval.model;

import java.util.List;

/**
 * Forms of one sweep that share something: {@code TABLE} — the same indicator table (三级指标 and
 * 年度指标值); {@code PROJECT} — the same project ({@link FormKey}) in the same year; {@code YEARS} —
 * one project in two years, earlier first ({@link YearPair}). Found from compact per-form signatures;
 * the sweep rules decide which groups are findings.
 */
public record SweepGroup(Kind kind, List<SweepMember> members) {

    public enum Kind { TABLE, PROJECT, YEARS }

    public int size() {
        return members.size();
    }

    /** How many different (normalised) project names the group holds. */
    public long distinctProjects() {
        return members.stream().map(m -> ProjectNames.key(m.projectName())).distinct().count();
    }

    /** The members as {@code id「project」}, joined for messages. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (SweepMember m : members) {
            if (sb.length() > 0) {
                sb.append("、");
            }
            sb.append(m.formId()).append("「").append(m.projectName() == null ? "（无项目名称）" : m.projectName()).append("」");
        }
        return sb.toString();
    }
}
