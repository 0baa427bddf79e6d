package dev.selfeval.model;

/** One form of a cross-form group, as the sweep rules and their messages need it. */
public record SweepMember(String formId, String projectName, String department, SourceRef source, String key, Integer year) {

    /** What identifies the member across runs: its key ({@link FormKey}), else its id. */
    public String identity() {
        return key == null || key.isEmpty() ? formId : key;
    }
}
