package dev.selfeval.model;

/** One form of a cross-form group, as the sweep rules and their messages need it. */
public record SweepMember(String formId, String projectName, String department, SourceRef source) {
}
