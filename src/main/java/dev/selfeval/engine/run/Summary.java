package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a run, kept up to date form by form: files, forms, what could not be read and why,
 * findings by severity and by rule, the grade distribution, departments by error count, and time.
 */
public final class Summary {
    /** A file or form that could not be read at all. */
    public record Unreadable(String file, int line, String reason) {
    }

    /** What stands for the department of a form whose 主管部门 is blank. */
    public static final String NO_DEPARTMENT = "（主管部门空白）";

    /** One department's forms and findings. */
    public record Department(String name, int forms, int errors, int warnings) {
    }

    private int files;
    private int forms;
    private final List<Unreadable> unreadable = new ArrayList<>();
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<Severity, Integer> waived = new EnumMap<>(Severity.class);
    private final Map<String, Integer> baseline = new TreeMap<>();
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Map<String, Integer> grades = new TreeMap<>();
    private final Map<String, int[]> departments = new HashMap<>();
    private long elapsedMillis;
    private List<String> skipped = List.of();

    public Summary() {
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
            waived.put(s, 0);
        }
    }

    public void file() {
        files++;
    }

    public void unreadable(String file, int line, String reason) {
        unreadable.add(new Unreadable(file, line, reason));
    }

    public void add(FormAudit audit) {
        int errors = 0;
        int warnings = 0;
        for (Finding f : audit.findings()) {
            count(f);
            if (!f.waived()) {
                errors += f.severity() == Severity.ERROR ? 1 : 0;
                warnings += f.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        if (audit.form() != null) {
            forms++;
            if (audit.score() != null && audit.score().grade() != null) {
                grades.merge(audit.score().grade(), 1, Integer::sum);
            }
            String dept = audit.form().header().department();
            int[] d = departments.computeIfAbsent(dept == null ? NO_DEPARTMENT : dept, k -> new int[3]);
            d[0]++;
            d[1] += errors;
            d[2] += warnings;
        }
    }

    /**
     * Adds another summary's counts (a file's, made on the worker that audited it). Unreadable
     * files keep their order: merge the parts in input order.
     */
    public void merge(Summary part) {
        files += part.files;
        forms += part.forms;
        unreadable.addAll(part.unreadable);
        addAll(bySeverity, part.bySeverity);
        addAll(waived, part.waived);
        addAll(baseline, part.baseline);
        addAll(byRule, part.byRule);
        addAll(grades, part.grades);
        part.departments.forEach((k, v) -> {
            int[] d = departments.computeIfAbsent(k, x -> new int[3]);
            for (int i = 0; i < 3; i++) {
                d[i] += v[i];
            }
        });
    }

    /** Adds each count of {@code from} to the same key's count in {@code into}. */
    private static <K> void addAll(Map<K, Integer> into, Map<K, Integer> from) {
        from.forEach((k, v) -> into.merge(k, v, Integer::sum));
    }

    public void add(CrossFormFinding f) {
        count(f.finding());
    }

    /** A finding of the run as a whole (on a waiver). */
    public void add(Finding f) {
        count(f);
    }

    /** Waived findings are counted apart: they do not count as problems. */
    private void count(Finding f) {
        (f.waived() ? waived : bySeverity).merge(f.severity(), 1, Integer::sum);
        if (!f.waived()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        if (f.baseline() != null) {
            baseline.merge(f.baseline(), 1, Integer::sum);
        }
    }

    public void resolved(int n) {
        baseline.put("resolved", n);
    }

    public int waived(Severity s) {
        return waived.get(s);
    }

    /** Findings new and unchanged against the baseline, and earlier ones resolved; empty without one. */
    public Map<String, Integer> baseline() {
        return baseline;
    }

    /** Files not read because by their name they are no forms (a folder's notes, a manifest). */
    public void skipped(List<String> files) {
        skipped = List.copyOf(files);
    }

    public List<String> skipped() {
        return skipped;
    }

    public void elapsed(long millis) {
        this.elapsedMillis = millis;
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

    /** Departments, most errors first (then most warnings, then name). */
    public List<Department> departments() {
        return departments.entrySet().stream()
                .map(e -> new Department(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(Department::errors).reversed()
                        .thenComparing(Comparator.comparingInt(Department::warnings).reversed())
                        .thenComparing(Department::name))
                .toList();
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    public double formsPerSecond() {
        return elapsedMillis == 0 ? 0 : forms * 1000.0 / elapsedMillis;
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
