package dev.selfeval.store;

import dev.selfeval.model.Severity;

/**
 * Which of a run's forms to list: the worst severity at least ({@code worstAtMost}: 0 error, 1 warning,
 * 2 info, 3 all), a rule that found something on the form, its 主管部门, its template, and text in its
 * project name; null (or 3) for no filter.
 */
public record FormFilter(int worstAtMost, String rule, String department, String template, String search) {
    public static final FormFilter ALL = new FormFilter(3, null, null, null, null);

    /** The worst-at-most number of a severity's name (its rank: ERROR 0, WARNING 1, INFO 2), or all forms for any other. */
    public static int worstOf(String severity) {
        for (Severity s : Severity.values()) {
            if (s.name().equalsIgnoreCase(severity == null ? "" : severity)) {
                return s.ordinal();
            }
        }
        return Severity.values().length;
    }
}
