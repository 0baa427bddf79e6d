package dev.selfeval.model;

import java.time.LocalDate;

/**
 * An approved exception: findings of {@code rule} on one form ({@code form}, its id), on one
 * project ({@code project}: its name, or its key as reports show it, {@link FormKey}) or on every form
 * of one 主管部门 ({@code department}), optionally only
 * on one indicator and only in some years ({@code years}; empty: any year), are accepted until
 * {@code expires} (inclusive). {@code file} and {@code line} say where the waiver is written.
 */
public record Waiver(String rule, String form, String project, String department, String indicator, java.util.List<Integer> years,
                     String reason,
                     String approver, LocalDate expires, String file, int line) {

    public Waiver {
        years = years == null ? java.util.List.of() : java.util.List.copyOf(years);
    }

    public boolean expired(LocalDate today) {
        return today.isAfter(expires);
    }

    /**
     * Whether this waiver covers finding {@code f} on a form of project {@code projectName} (key
     * {@code key}) of 主管部门 {@code formDepartment} in {@code year}.
     */
    public boolean matches(Finding f, String projectName, String key, String formDepartment, Integer year) {
        if (!rule.equals(f.ruleId())) {
            return false;
        }
        if (form != null && !form.equals(f.formId())) {
            return false;
        }
        if (project != null && !FormKey.names(project, key, projectName)) {
            return false;
        }
        if (department != null && (formDepartment == null || !ProjectNames.key(department).equals(ProjectNames.key(formDepartment)))) {
            return false;
        }
        if (!years.isEmpty() && (year == null || !years.contains(year))) {
            return false;
        }
        return indicator == null || f.location() != null
                && ProjectNames.key(indicator).equals(ProjectNames.key(f.location().indicator()));
    }

    /** What the waiver is for, as messages name it: the form, else the project, else the 主管部门. */
    public String scope() {
        return form != null ? form : project != null ? project : department;
    }

    /** {@code file:line}, for messages. */
    public String where() {
        return file + ":" + line;
    }
}
