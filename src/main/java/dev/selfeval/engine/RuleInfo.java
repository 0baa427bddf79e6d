package dev.selfeval.engine;

import dev.selfeval.model.RuleRef;
import dev.selfeval.model.Severity;

/** A loaded rule: its name (the title), its metadata and where it is written. */
public record RuleInfo(String packageName, String name, String id, Severity severity, String basis, String file,
                       int line) {

    public RuleRef ref() {
        return new RuleRef(id, file, line);
    }

    /** Scoring rules compute values; they report nothing themselves. */
    public boolean scoring() {
        return id.startsWith("SCORE-");
    }

    public String key() {
        return packageName + "." + name;
    }
}
