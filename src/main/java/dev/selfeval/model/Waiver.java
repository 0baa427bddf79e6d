package dev.selfeval.model;

import java.time.LocalDate;

/**
 * An approved exception: findings of {@code rule} on one form ({@code form}, its id) or on one
 * project ({@code project}, its name), optionally only on one indicator, are accepted until
 * {@code expires} (inclusive). {@code file} and {@code line} say where the waiver is written.
 */
public record Waiver(String rule, String form, String project, String indicator, String reason, String approver,
                     LocalDate expires, String file, int line) {

    public boolean expired(LocalDate today) {
        return today.isAfter(expires);
    }

    public boolean matches(Finding f, String projectName) {
        if (!rule.equals(f.ruleId())) {
            return false;
        }
        if (form != null && !form.equals(f.formId())) {
            return false;
        }
        if (project != null && !ProjectNames.key(project).equals(ProjectNames.key(projectName))) {
            return false;
        }
        return indicator == null || f.location() != null
                && ProjectNames.key(indicator).equals(ProjectNames.key(f.location().indicator()));
    }

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
