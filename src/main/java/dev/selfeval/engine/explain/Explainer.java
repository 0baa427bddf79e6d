package dev.selfeval.engine.explain;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.model.BudgetScore;
import dev.selfeval.model.Form;
import dev.selfeval.model.FundKind;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.IndicatorScore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds {@link Explanation}s: audits a form with a trace, then reads the ledger and the items asked for. */
public final class Explainer {
    private final RuleSet rules;
    /** The run's steps, without waivers or a baseline: explain shows what the rules find. */
    private final Pipeline pipeline;

    public Explainer(RuleSet rules) {
        this(rules, new Auditor(rules), Waivers.none());
    }

    /** With waivers applied, as a server's runs apply its waiver file: its form page shows what its runs found. */
    public Explainer(RuleSet rules, Auditor auditor, Waivers waivers) {
        this.rules = rules;
        this.pipeline = new Pipeline(auditor, waivers, null);
    }

    /**
     * @param item text naming the items to explain (part of an indicator name, its index, or 预算/budget
     *             for the budget line); null for none
     */
    public Explanation explain(Form form, String item, boolean trace) {
        Trace t = new Trace();
        FormAudit audit = pipeline.form(form, t);
        Ledger ledger = Ledger.of(audit);
        List<Explanation.ItemView> views = new ArrayList<>();
        if (item != null) {
            for (LedgerRow row : ledger.rows()) {
                if (matches(row, item)) {
                    List<Trace.Firing> fired = t.firings().stream().filter(f -> touches(f, form, row.index())).toList();
                    Set<String> ids = new LinkedHashSet<>();
                    fired.forEach(f -> ids.add(f.ruleId()));
                    views.add(new Explanation.ItemView(row, fired, WhyNot.explain(rules, audit, row.index(), ids)));
                }
            }
        }
        return new Explanation(audit, ledger, trace ? t.firings() : null, views);
    }

    /** Whether a ledger row is the one asked for: its index, part of its name (预算 for 预算执行率), or budget. */
    public static boolean matches(LedgerRow row, String item) {
        String q = item.strip();
        if (q.matches("\\d+")) {
            return row.index() == Integer.parseInt(q);
        }
        if (row.budget() && q.equalsIgnoreCase("budget")) {
            return true;
        }
        return row.item() != null && row.item().replaceAll("\\s+", "").contains(q.replaceAll("\\s+", ""));
    }

    /** Whether a firing matched the item's own facts. */
    private static boolean touches(Trace.Firing f, Form form, int index) {
        for (Object o : f.facts()) {
            if (index == 0 && (o instanceof BudgetScore || o instanceof FundLine l && l.kind() == FundKind.TOTAL)) {
                return true;
            }
            if (index > 0 && (o instanceof Indicator i && i.index() == index
                    || o instanceof IndicatorScore s && s.index() == index)) {
                return true;
            }
        }
        return false;
    }
}
