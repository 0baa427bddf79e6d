package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Waiver;
import dev.selfeval.model.WaiverCheck;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Applies approved waivers to findings: a matching finding that a waiver in force accepts is marked
 * waived (it stays in the report with the waiver's reason). Counts how often each waiver matched,
 * so that the waiver rules can report the expired and the unused ones at the end. Thread-safe.
 */
public final class Waivers {
    private final List<Waiver> waivers;
    private final LocalDate today;
    private final AtomicIntegerArray matched;

    public Waivers(List<Waiver> waivers, LocalDate today) {
        this.waivers = List.copyOf(waivers);
        this.today = today;
        this.matched = new AtomicIntegerArray(waivers.size());
    }

    /** The waivers of a file, for these rules, in force today; {@link WaiverFile.Invalid} says what is wrong with it. */
    public static Waivers read(Path file, RuleSet rules) throws WaiverFile.Invalid {
        return new Waivers(WaiverFile.read(file, rules.ids()), LocalDate.now());
    }

    public static Waivers none() {
        return new Waivers(List.of(), LocalDate.now());
    }

    public boolean isEmpty() {
        return waivers.isEmpty();
    }

    public FormAudit apply(FormAudit a) {
        if (waivers.isEmpty() || a.findings().isEmpty()) {
            return a;
        }
        Form form = a.form();
        List<Finding> out = new ArrayList<>(a.findings().size());
        for (Finding f : a.findings()) {
            out.add(apply(f, List.of(new Member(f.formId(), form == null ? null : form.projectName(), form == null ? "" : form.key(),
                    form == null ? null : form.header().department(), form == null ? null : form.header().year()))));
        }
        return new FormAudit(a.id(), a.source(), a.form(), out, a.budget(), a.indicators(), a.score());
    }

    /** A finding on a group of forms is waived when a waiver names one of its forms or projects. */
    public CrossFormFinding apply(CrossFormFinding c) {
        List<Member> members = c.group().members().stream()
                .map(m -> new Member(m.formId(), m.projectName(), m.key(), m.department(), m.year())).toList();
        return new CrossFormFinding(apply(c.finding(), members), c.group());
    }

    /** A form a finding is on: its id, project, key, 主管部门 and year. */
    private record Member(String formId, String projectName, String key, String department, Integer year) {
    }

    private Finding apply(Finding f, List<Member> members) {
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            if (w.expired(today) || !w.rule().equals(f.ruleId())) {
                continue;
            }
            for (Member m : members) {
                Finding probe = new Finding(f.ruleId(), f.severity(), m.formId(), f.location(), f.message(),
                        f.expected(), f.actual(), f.rule(), f.basis());
                if (w.matches(probe, m.projectName(), m.key(), m.department(), m.year())) {
                    matched.incrementAndGet(i);
                    return f.withWaiver(w);
                }
            }
        }
        return f;
    }

    /** Every waiver with its state at the end of the run, for the waiver rules. */
    public List<WaiverCheck> checks() {
        List<WaiverCheck> out = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            out.add(new WaiverCheck(w, today, w.expired(today), matched.get(i)));
        }
        return out;
    }
}
