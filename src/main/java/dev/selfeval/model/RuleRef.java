package dev.selfeval.model;

/** A rule as reports cite it: its stable id and where it is written. */
public record RuleRef(String id, String file, int line) {
    @Override
    public String toString() {
        return id + " (" + file + ":" + line + ")";
    }
}
