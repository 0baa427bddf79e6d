package dev.selfeval.web;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.run.Sweep;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.model.Finding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an edit of the rules would change, before it is saved: a run's forms audited with the rules
 * in force and with the edited rules, side by side — findings (not waived) per rule before and after,
 * the forms whose grade changes, the forms whose recomputed total moves.
 */
final class RulePreview {
    /** A rule whose findings would change in number. */
    record RuleDelta(String rule, int before, int after) {
        public int change() {
            return after - before;
        }
    }

    /** A form whose grade or recomputed total would change. */
    record FormDelta(String id, String project, String gradeBefore, String gradeAfter, String totalBefore, String totalAfter) {
    }

    /** The preview's figures: what the change log keeps with the change. */
    record Figures(long run, int forms, int findingsBefore, int findingsAfter, List<RuleDelta> rules, int gradesChanged,
                   int totalsMoved, List<FormDelta> changed) {
    }

    private record Result(String id, String project, String grade, BigDecimal total, Map<String, Integer> byRule) {
    }

    private RulePreview() {
    }

    /** Both sweeps apply the workbench's waivers, as its runs do. */
    static Figures compare(long run, Path folder, RuleSet current, RuleSet edited, ApprovedWaivers waivers, int threads)
            throws IOException, InterruptedException {
        Collected before;
        Collected after;
        try {
            before = sweep(current, folder, waivers.forRun(current), threads);
            after = sweep(edited, folder, waivers.forRun(edited), threads);
        } catch (WaiverFile.Invalid e) {
            throw new Guard.Refused(409, "豁免文件与改后的规则不符，无法预览：" + e.getMessage());
        }
        TreeSet<String> rules = new TreeSet<>(before.byRule.keySet());
        rules.addAll(after.byRule.keySet());
        List<RuleDelta> deltas = new ArrayList<>();
        for (String r : rules) {
            int b = before.byRule.getOrDefault(r, 0);
            int a = after.byRule.getOrDefault(r, 0);
            if (a != b) {
                deltas.add(new RuleDelta(r, b, a));
            }
        }
        List<FormDelta> changed = new ArrayList<>();
        int grades = 0;
        int totals = 0;
        for (int i = 0; i < Math.min(before.forms.size(), after.forms.size()); i++) {
            Result b = before.forms.get(i);
            Result a = after.forms.get(i);
            boolean grade = !Objects.equals(b.grade(), a.grade());
            boolean total = b.total() == null ? a.total() != null : a.total() == null || b.total().compareTo(a.total()) != 0;
            grades += grade ? 1 : 0;
            totals += total ? 1 : 0;
            if (grade || total) {
                changed.add(new FormDelta(b.id(), b.project(), b.grade(), a.grade(), shown(b.total()), shown(a.total())));
            }
        }
        return new Figures(run, before.forms.size(), before.total(), after.total(), deltas, grades, totals, changed);
    }

    private static String shown(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    /** The forms' results in input order and the findings per rule, cross-form ones included. */
    private static final class Collected implements FormSink<Result> {
        final List<Result> forms = new ArrayList<>();
        final Map<String, Integer> byRule = new TreeMap<>();

        @Override
        public Result render(FormAudit a) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Finding f : a.findings()) {
                if (!f.waived()) {
                    counts.merge(f.ruleId(), 1, Integer::sum);
                }
            }
            return new Result(a.id(), a.form() == null ? null : a.form().projectName(), a.score() == null ? null : a.score().grade(),
                    a.score() == null ? null : a.score().recomputed(), counts);
        }

        @Override
        public void write(Result form) {
            forms.add(form);
            form.byRule().forEach((r, n) -> byRule.merge(r, n, Integer::sum));
        }

        @Override
        public void end(Summary summary, RunEnd end) {
            for (CrossFormFinding c : end.crossForm()) {
                byRule.merge(c.finding().ruleId(), 1, Integer::sum);
            }
        }

        int total() {
            return byRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static Collected sweep(RuleSet rules, Path folder, Waivers waivers, int threads) throws IOException, InterruptedException {
        Collected c = new Collected();
        try (Watchdog watchdog = new Watchdog(Duration.ofSeconds(5))) {
            new Sweep<>(new Auditor(rules, watchdog), c, threads, null, waivers, null).run(RunJobs.files(folder), (f, n) -> {
            });
        }
        return c;
    }
}
