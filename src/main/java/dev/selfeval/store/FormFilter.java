package dev.selfeval.store;

/**
 * Which of a run's forms to list: the worst severity at least ({@code worstAtMost}: 0 error, 1 warning,
 * 2 info, 3 all), a rule that found something on the form, its 主管部门, its template, and text in its
 * project name; null (or 3) for no filter.
 */
public record FormFilter(int worstAtMost, String rule, String department, String template, String search) {
    public static final FormFilter ALL = new FormFilter(3, null, null, null, null);

    /** The worst-at-most number of a severity's name (ERROR, WARNING, INFO), or 3 for any other. */
    public static int worstOf(String severity) {
        if (severity == null) {
            return 3;
        }
        return switch (severity.toUpperCase()) {
            case "ERROR" -> 0;
            case "WARNING" -> 1;
            case "INFO" -> 2;
            default -> 3;
        };
    }
}
