package dev.selfeval.engine;

import dev.selfeval.model.Finding;
import dev.selfeval.model.Location;
import dev.selfeval.model.RuleRef;
import dev.selfeval.model.Severity;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code report} global of every session: rules call it to record a finding. The rule's id,
 * severity, basis, file and line come from its metadata, so a consequence states only what it found.
 */
public final class Report {
    private final String formId;
    private final RuleSet rules;
    private final List<Finding> findings = new ArrayList<>();

    public Report(String formId, RuleSet rules) {
        this.formId = formId;
        this.rules = rules;
    }

    public void finding(RuleContext kcontext, Location where, String message) {
        finding(kcontext, where, message, null, null);
    }

    public void finding(RuleContext kcontext, Location where, String message, Object expected, Object actual) {
        RuleInfo r = info(kcontext);
        findings.add(new Finding(r.id(), r.severity(), formId, where, message, expected, actual, r.ref(), r.basis()));
    }

    /**
     * A finding at another severity than the rule's own, for rules whose catalogue entry names a
     * milder or graver case (IND-UNIT: INFO when only the unit is missing).
     */
    public void finding(RuleContext kcontext, String severity, Location where, String message, Object expected,
                        Object actual) {
        RuleInfo r = info(kcontext);
        findings.add(new Finding(r.id(), Severity.valueOf(severity), formId, where, message, expected, actual,
                r.ref(), r.basis()));
    }

    /** The calling rule as reports cite it, for the score facts it inserts. */
    public RuleRef rule(RuleContext kcontext) {
        return info(kcontext).ref();
    }

    private RuleInfo info(RuleContext kcontext) {
        return rules.info(kcontext.getRule());
    }

    public List<Finding> findings() {
        return findings;
    }

    String formId() {
        return formId;
    }
}
