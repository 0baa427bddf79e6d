package dev.selfeval.model;

/** The form's header block. Any text may be null when the form leaves it blank. */
public record Header(String projectName, String department, String implementingUnit, Integer year) {
}
