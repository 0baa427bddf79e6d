package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a run, kept up to date form by form: files, forms, what could not be read and why,
 * findings by severity and by rule, and the grade distribution.
 */
public final class Summary {
    /** A file or form that could not be read at all. */
    public record Unreadable(String file, int line, String reason) {
    }

    private int files;
    private int forms;
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> grades = new TreeMap<>();

    public Summary() {
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
    }

    public void file() {
        files++;
    }

    public void unreadable(String file, int line, String reason) {
        unreadable.add(new Unreadable(file, line, reason));
    }

    public void add(FormAudit audit) {
        if (audit.form() != null) {
            forms++;
            if (audit.score() != null && audit.score().grade() != null) {
                grades.merge(audit.score().grade(), 1, Integer::sum);
            }
        }
        for (Finding f : audit.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
    }

    public int files() {
        return files;
    }

    public int forms() {
        return forms;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    public int count(Severity s) {
        return bySeverity.get(s);
    }

    public Map<String, Integer> byRule() {
        return byRule;
    }

    public Map<String, Integer> grades() {
        return grades;
    }

    /** True when some finding is at or above {@code level}. */
    public boolean any(Severity level) {
        for (Severity s : Severity.values()) {
            if (s.atLeast(level) && count(s) > 0) {
                return true;
            }
        }
        return false;
    }
}
