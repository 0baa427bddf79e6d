package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.Report;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.RuleError;
import dev.selfeval.model.SourceRef;
import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.SweepMember;
import dev.selfeval.model.WaiverCheck;
import dev.selfeval.model.YearPair;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules run on one fact at a time, beside the parameters, in a session of their own: a file that
 * could not be read, a form whose audit failed, a rule's error, and at the end of a run each group of
 * forms that share a signature and each waiver's state. Each finding takes its rule's severity and
 * basis, as every other does.
 */
public final class FactRules {
    private final RuleSet rules;
    private final Watchdog watchdog;

    /** @param watchdog halts the rules of a run's end that run past the time limit; null for no limit */
    FactRules(RuleSet rules, Watchdog watchdog) {
        this.rules = rules;
        this.watchdog = watchdog;
    }

    /**
     * A file that could not be read becomes a form-less audit whose finding comes from the rule
     * that reports such problems (PARSE-UNREADABLE), with that rule's severity and basis.
     */
    public FormAudit unreadable(String id, FileResult file) {
        SourceRef source = new SourceRef(file.file(), file.errorLine());
        List<Finding> findings = fire(id, new ReadProblem("PARSE-UNREADABLE", file.errorLine(), "文件", "",
                "无法读取 " + file.errorMessage())).stream().map(f -> f.withSource(source)).toList();
        return new FormAudit(id, source, null, Fingerprints.assign(findings, null), null, List.of(), null);
    }

    /**
     * A form whose audit failed outside the rules (a fault of this tool): it keeps a place in the
     * report with an ENGINE-RULE-ERROR finding saying what went wrong.
     */
    public FormAudit failure(Form form, Throwable error) {
        return failure(form, "审核中断：" + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : "：" + error.getMessage()));
    }

    /** A form that keeps its place in the report with one ENGINE-RULE-ERROR saying why it was not audited. */
    public FormAudit failure(Form form, String why) {
        List<Finding> findings = fire(form.id(), new RuleError(null, null, why))
                .stream().map(f -> f.withSource(form.source())).toList();
        return new FormAudit(form.id(), form.source(), form, Fingerprints.assign(findings, form.key()), null, List.of(), null);
    }

    /** Runs the waiver rules (expired, unused) on the waivers' state at the end of a run. */
    public List<Finding> waiverFindings(List<WaiverCheck> checks) {
        List<Finding> out = new ArrayList<>();
        try (EndSession s = new EndSession(rules, watchdog, this::fire)) {
            for (WaiverCheck c : checks) {
                for (Finding f : findings(s.fire("(豁免)", c), "(豁免)", "豁免检查（" + c.waiver().where() + "）的规则")) {
                    out.add(f.withFingerprint(Fingerprints.ofGroup(f.ruleId(), List.of(c.waiver().where()))));
                }
            }
        }
        return out;
    }

    /** Runs the year rules on each pair of a project's forms in two years, one pair at a time. */
    public List<CrossFormFinding> crossYear(List<YearPair> pairs) {
        List<CrossFormFinding> out = new ArrayList<>();
        try (EndSession s = new EndSession(rules, watchdog, this::fire)) {
            for (YearPair p : pairs) {
                String which = "跨年规则（" + p.earlier().formId() + "、" + p.later().formId() + "）";
                for (Finding f : findings(s.fire("(跨年)", p), "(跨年)", which)) {
                    out.add(new CrossFormFinding(f.withFingerprint(Fingerprints.ofGroup(f.ruleId(),
                            List.of(p.key(), String.valueOf(p.earlier().year()), String.valueOf(p.later().year())))), p.group()));
                }
            }
        }
        return out;
    }

    /** Runs the sweep rules on each group of forms that share a signature, one group at a time. */
    public List<CrossFormFinding> crossForm(List<SweepGroup> groups) {
        List<CrossFormFinding> out = new ArrayList<>();
        try (EndSession s = new EndSession(rules, watchdog, this::fire)) {
            for (SweepGroup g : groups) {
                List<String> ids = g.members().stream().map(m -> m.formId()).toList();
                String which = "跨表规则（" + String.join("、", ids.subList(0, Math.min(3, ids.size()))) + (ids.size() > 3 ? " 等 "
                        + ids.size() + " 张表" : "") + "）";
                for (Finding f : findings(s.fire("(跨表)", g), "(跨表)", which)) {
                    out.add(new CrossFormFinding(f.withFingerprint(Fingerprints.ofGroup(f.ruleId(),
                            g.members().stream().map(SweepMember::identity).toList())), g));
                }
            }
        }
        return out;
    }

    /** What the rules gave on a fact of the run's end, and an ENGINE-RULE-ERROR naming {@code which} rules were stopped. */
    private List<Finding> findings(EndSession.Fired fired, String id, String which) {
        List<Finding> out = new ArrayList<>(fired.findings());
        if (fired.stopped() != null) {
            out.addAll(fire(id, new RuleError(which, null, fired.stopped() + "；其余照常")));
        }
        return out;
    }

    /** The findings the rules give on one fact besides the parameters, in a session of its own. */
    List<Finding> fire(String id, Object fact) {
        KieSession s = rules.kieBase().newKieSession();
        try {
            return fire(s, id, fact);
        } finally {
            s.dispose();
        }
    }

    /** The findings the rules give on one fact besides the parameters; the session is emptied after. */
    private List<Finding> fire(KieSession s, String id, Object fact) {
        Report report = new Report(id, rules);
        try {
            rules.bind(s, report, rules.params());
            s.insert(rules.params());
            s.insert(fact);
            s.fireAllRules();
        } finally {
            ((StatefulKnowledgeSessionImpl) s).reset();
        }
        return report.findings();
    }
}
