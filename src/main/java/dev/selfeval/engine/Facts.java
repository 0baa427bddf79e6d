package dev.selfeval.engine;

import dev.selfeval.model.BudgetScore;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormScore;
import dev.selfeval.model.FormReason;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Goals;
import dev.selfeval.model.Header;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.IndicatorScore;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.RuleError;
import dev.selfeval.model.Total;

import java.util.Collection;

/** Short Chinese descriptions of facts, for traces. */
public final class Facts {
    private Facts() {
    }

    /** A fact, its row named as the form's file names it ({@code 3-项目!A13} in a workbook, {@code 第 61 行} in text). */
    public static String describe(Object o, Form form) {
        if (o instanceof Indicator i) {
            return "指标#" + i.index() + "「" + i.name() + "」(" + place(form, i.line()) + ")";
        }
        if (o instanceof IndicatorScore s) {
            return "指标得分#" + s.index() + " " + s.method() + " 重算 " + Calc.shown(s.recomputed());
        }
        if (o instanceof FundLine l) {
            return "资金行「" + l.kind().label() + "」" + (l.line() > 0 ? "(" + place(form, l.line()) + ")" : "(无)");
        }
        if (o instanceof BudgetScore b) {
            return "预算执行率得分 执行率 " + Calc.pct(b.rate()) + " 重算 " + Calc.shown(b.score());
        }
        if (o instanceof FormScore f) {
            return "总分 重算 " + Calc.shown(f.recomputed()) + " " + f.grade();
        }
        if (o instanceof Total t) {
            return "总分行 填报 " + Calc.num(t.score());
        }
        if (o instanceof Form f) {
            return "表格 " + f.id();
        }
        if (o instanceof Header) {
            return "表头";
        }
        if (o instanceof FormReason r) {
            return "表中的偏差原因「" + r.label() + "」(" + place(form, r.line()) + ")";
        }
        if (o instanceof Goals) {
            return "年度总体目标";
        }
        if (o instanceof Params) {
            return "参数";
        }
        if (o instanceof ReadProblem p) {
            return "读表问题 " + p.code() + "(" + place(form, p.line()) + ")";
        }
        if (o instanceof RuleError e) {
            return "规则错误 " + e.ruleId();
        }
        if (o instanceof Collection<?> c) {
            return "集合(" + c.size() + " 项)";
        }
        return o == null ? "null" : o.getClass().getSimpleName();
    }

    private static String place(Form form, int line) {
        String place = form == null ? "" : form.sourceOf(line, null).place();
        return place.isEmpty() ? "第 " + line + " 行" : place;
    }
}
