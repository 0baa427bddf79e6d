package dev.selfeval.engine.authoring;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.explain.WhyNot;
import dev.selfeval.model.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why a rule a case expects did not fire (often enough) on the case's forms: explain's why-not for
 * that rule on the budget line and every indicator, as {@code opa test -v} shows why a test failed.
 */
final class CaseWhyNot {
    /** Lines shown before the rest are counted. */
    static final int SHOWN = 6;
    private static final String HELD = "未触发 —— ";

    private CaseWhyNot() {
    }

    /** The reasons as lines under a failure, or an empty text when the rule fired on every item it concerns. */
    static String lines(RuleSet rules, List<FormAudit> audits, String ruleId) {
        List<String> reasons = new ArrayList<>();
        boolean onItems = false;
        for (FormAudit a : audits) {
            for (int item = 0; item <= a.form().indicators().size(); item++) {
                for (WhyNot.Held h : WhyNot.explain(rules, a, item, Set.of(), ruleId::equals)) {
                    onItems = true;
                    if (h.reason().startsWith(HELD + "条件均成立")) { // it fired on this item
                        continue;
                    }
                    reasons.add(a.id() + " " + item(a, item) + "：" + h.reason().replaceFirst("^" + HELD, ""));
                }
            }
        }
        if (!onItems) {
            return audits.isEmpty() ? "" : "\n      未触发的原因：该规则的条件不落在预算执行率或某项指标上，无法逐条说明；"
                    + "可用 selfeval explain --trace 看这张表上触发了哪些规则";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(SHOWN, reasons.size()); k++) {
            sb.append(k == 0 ? "\n      未触发的原因（selfeval explain --item 的说明）：" : "").append("\n        ").append(reasons.get(k));
        }
        if (reasons.size() > SHOWN) {
            sb.append("\n        ……另有 ").append(reasons.size() - SHOWN).append(" 处");
        }
        return sb.toString();
    }

    private static String item(FormAudit a, int item) {
        if (item == 0) {
            return "预算执行率";
        }
        Indicator i = a.form().indicators().get(item - 1);
        return "第 " + item + " 项指标「" + (i.name() == null ? "" : i.name()) + "」";
    }
}
