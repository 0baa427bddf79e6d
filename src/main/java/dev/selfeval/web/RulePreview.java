package dev.selfeval.web;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.FormSink;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    private record Result(String id, String project, String grade, BigDecimal total) {
    }

    /** A sweep's forms in input order, and its summary: the findings not waived by rule, cross-form ones included. */
    private record Swept(List<Result> forms, Summary summary) {
    }

    private RulePreview() {
    }

    /** Both sweeps apply the workbench's waivers, as its runs do. */
    static Figures compare(long run, Path folder, RuleSet current, RuleSet edited, ApprovedWaivers waivers, int threads)
            throws IOException, InterruptedException {
        Swept before;
        Swept after;
        try {
            before = sweep(current, folder, waivers.forRun(current), threads);
            after = sweep(edited, folder, waivers.forRun(edited), threads);
        } catch (WaiverFile.Invalid e) {
            throw new Guard.Refused(409, "豁免文件与改后的规则不符，无法预览：" + e.getMessage());
        }
        TreeSet<String> rules = new TreeSet<>(before.summary().byRule().keySet());
        rules.addAll(after.summary().byRule().keySet());
        List<RuleDelta> deltas = new ArrayList<>();
        for (String r : rules) {
            int b = before.summary().byRule().getOrDefault(r, 0);
            int a = after.summary().byRule().getOrDefault(r, 0);
            if (a != b) {
                deltas.add(new RuleDelta(r, b, a));
            }
        }
        List<FormDelta> changed = new ArrayList<>();
        int grades = 0;
        int totals = 0;
        for (int i = 0; i < Math.min(before.forms().size(), after.forms().size()); i++) {
            Result b = before.forms().get(i);
            Result a = after.forms().get(i);
            boolean grade = !Objects.equals(b.grade(), a.grade());
            boolean total = b.total() == null ? a.total() != null : a.total() == null || b.total().compareTo(a.total()) != 0;
            grades += grade ? 1 : 0;
            totals += total ? 1 : 0;
            if (grade || total) {
                changed.add(new FormDelta(b.id(), b.project(), b.grade(), a.grade(), shown(b.total()), shown(a.total())));
            }
        }
        return new Figures(run, before.forms().size(), total(before), total(after), deltas, grades, totals, changed);
    }

    private static String shown(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    /** The forms' grades and totals, in input order. */
    private static final class Collected implements FormSink<Result> {
        final List<Result> forms = new ArrayList<>();

        @Override
        public Result render(FormAudit a) {
            return new Result(a.id(), a.form() == null ? null : a.form().projectName(), a.score() == null ? null : a.score().grade(),
                    a.score() == null ? null : a.score().recomputed());
        }

        @Override
        public void write(Result form) {
            forms.add(form);
        }

        @Override
        public void end(Summary summary, RunEnd end) {
        }
    }

    private static int total(Swept s) {
        return s.summary().byRule().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Swept sweep(RuleSet rules, Path folder, Waivers waivers, int threads) throws IOException, InterruptedException {
        Collected c = new Collected();
        Summary summary = RunJobs.sweep(rules, folder, c, waivers, threads);
        return new Swept(c.forms, summary);
    }
}
