package dev.selfeval.model;

/**
 * The form's header block. Any text may be null when the form leaves it blank. {@code projectCode} is
 * the code a project name starts with where the layout writes one (51000021R000000019951-工资性支出;
 * rules/vocabulary.yaml layout.projectCodes), else null.
 */
public record Header(String projectName, String department, String implementingUnit, Integer year, String projectCode) {

    /** A header without a project code. */
    public Header(String projectName, String department, String implementingUnit, Integer year) {
        this(projectName, department, implementingUnit, year, null);
    }
}
