package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of an earlier run, by fingerprint. Marks each finding of this run "new" or
 * "unchanged" and, at the end, answers the earlier findings this run no longer has (resolved).
 * Thread-safe.
 */
public final class Baseline {
    /** One finding of the earlier run, as its report wrote it. */
    public record Entry(String fingerprint, String ruleId, String severity, String formId, String message) {
    }

    public static final String NEW = "new";
    public static final String UNCHANGED = "unchanged";

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final String source;

    public Baseline(String source, List<Entry> earlier) {
        this.source = source;
        for (Entry e : earlier) {
            entries.putIfAbsent(e.fingerprint(), e);
        }
    }

    public String source() {
        return source;
    }

    public int size() {
        return entries.size();
    }

    public FormAudit mark(FormAudit a) {
        List<Finding> out = new ArrayList<>(a.findings().size());
        for (Finding f : a.findings()) {
            out.add(mark(f));
        }
        return new FormAudit(a.id(), a.source(), a.form(), out, a.budget(), a.indicators(), a.score());
    }

    public Finding mark(Finding f) {
        if (entries.containsKey(f.fingerprint())) {
            seen.add(f.fingerprint());
            return f.withBaseline(UNCHANGED);
        }
        return f.withBaseline(NEW);
    }

    public CrossFormFinding mark(CrossFormFinding c) {
        return new CrossFormFinding(mark(c.finding()), c.group());
    }

    /** The earlier findings this run did not give again, in the earlier report's order. */
    public List<Entry> resolved() {
        return entries.values().stream().filter(e -> !seen.contains(e.fingerprint())).toList();
    }
}
