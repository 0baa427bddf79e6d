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
    /** A finding of a rule added or changed since the baseline: not the form's own change. */
    public static final String RULES = "rules";
    /** Among the rules' fingerprints of a baseline, the key of the whole rules folder's. */
    public static final String WHOLE = "";

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final String source;
    /** Each rule's own fingerprint in the baseline's run; empty when its report did not carry them. */
    private final Map<String, String> ruleHashes;
    /** The rules added, changed or removed since the baseline (set once, before the run). */
    private volatile Set<String> changed = Set.of();

    public Baseline(String source, List<Entry> earlier) {
        this(source, earlier, Map.of());
    }

    public Baseline(String source, List<Entry> earlier, Map<String, String> ruleHashes) {
        this.source = source;
        this.ruleHashes = Map.copyOf(ruleHashes);
        for (Entry e : earlier) {
            entries.putIfAbsent(e.fingerprint(), e);
        }
    }

    /**
     * Compares the baseline's rules with this run's ({@link dev.selfeval.engine.RuleHashes}; {@code wholeNow}
     * the rules folder's fingerprint); the
     * findings of the rules added, changed or removed are marked {@link #RULES} and left out of the
     * resolved. Returns what changed, in Chinese, or null when nothing did (or the baseline cannot tell).
     */
    public String rules(Map<String, String> rulesNow, String wholeNow) {
        if (ruleHashes.isEmpty()) {
            return null;
        }
        Map<String, String> now = new java.util.HashMap<>(rulesNow);
        now.put(WHOLE, ruleHashes.getOrDefault(WHOLE, "")); // the folder's own is compared apart, below
        List<String> added = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        now.forEach((id, h) -> {
            if (!ruleHashes.containsKey(id)) {
                added.add(id);
            } else if (!ruleHashes.get(id).equals(h)) {
                edited.add(id);
            }
        });
        ruleHashes.keySet().stream().filter(id -> !now.containsKey(id)).forEach(removed::add);
        Set<String> all = new java.util.TreeSet<>(added);
        all.addAll(edited);
        all.addAll(removed);
        changed = Set.copyOf(all);
        if (all.isEmpty()) {
            return ruleHashes.containsKey(WHOLE) && !ruleHashes.get(WHOLE).equals(wholeNow)
                    ? "基线 " + source + " 之后参数、表式模板或用语有变（规则本身未改），发现照常比较" : null;
        }
        return "基线 " + source + " 之后规则有变：" + String.join("；", java.util.stream.Stream.of(
                added.isEmpty() ? null : "新增 " + String.join("、", added), edited.isEmpty() ? null : "改动 " + String.join("、", edited),
                removed.isEmpty() ? null : "删去 " + String.join("、", removed)).filter(x -> x != null).toList())
                + "。这些规则的发现记为「规则有变」，不算作表格的新增或已解决";
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
        if (changed.contains(f.ruleId())) {
            seen.add(f.fingerprint());
            return f.withBaseline(RULES);
        }
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
        return entries.values().stream().filter(e -> !seen.contains(e.fingerprint()) && !changed.contains(e.ruleId())).toList();
    }
}
