package dev.selfeval.report;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormReason;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A ledger as an aligned Chinese table: one row per item, its formula, reason and findings beneath. */
final class LedgerText {
    private static final int ITEM_WIDTH_MAX = 34;

    private LedgerText() {
    }

    /** The whole ledger: rows, totals, reconciliation. */
    static void print(PrintStream out, Ledger l, Form form) {
        int itemWidth = rows(out, l.rows(), form);
        out.println("  " + Width.padLeft("", 3) + "  " + Width.padRight("合计", itemWidth)
                + cols(num(l.weightSum()), Show.score(l.statedSum()), Show.score(l.recomputedSum()),
                Show.score(l.deducted()), signed(l.recomputedSum().subtract(l.statedSum()))));
        for (FormReason r : form.reasons()) {
            out.println("  原因  " + r.label() + "（" + form.sourceOf(r.line(), null).place() + "）：" + r.text());
        }
        out.println();
        reconciliation(out, l);
    }

    /** The rules that reported on the stated total's score, as "见 …"; what it says when none did. */
    private static String totalFindings(Ledger l) {
        List<String> ids = l.formFindings().stream().filter(x -> BlockMissing.TOTAL.equals(x.location().section())
                && Ledger.SCORE_FIELD.equals(x.location().field())).map(Finding::ruleId).distinct().toList();
        return ids.isEmpty() ? "没有规则就此报告（在允许误差内，或有得分未读出）" : "见 " + String.join("、", ids);
    }

    /** The table rows with their details beneath; answers the width of the item column. */
    static int rows(PrintStream out, List<LedgerRow> rows, Form form) {
        int itemWidth = Width.of("项目");
        for (LedgerRow r : rows) {
            itemWidth = Math.max(itemWidth, Math.min(ITEM_WIDTH_MAX, Width.of(r.item() == null ? "" : r.item())));
        }
        out.println("  " + Width.padLeft("序", 3) + "  " + Width.padRight("项目", itemWidth) + cols("分值", "填报", "重算", "扣分", "差额")
                + "  计分规则");
        for (LedgerRow r : rows) {
            String item = Width.cut(r.item() == null ? "（未命名）" : r.item(), itemWidth);
            out.println("  " + Width.padLeft(String.valueOf(r.index()), 3) + "  " + Width.padRight(item, itemWidth)
                    + cols(num(r.weight()), Show.score(r.stated()), Show.score(r.recomputed()), Show.score(r.deducted()),
                    signed(r.difference())) + "  " + (r.rule() == null ? "—" : r.rule().id() + " " + r.rule().file() + ":"
                    + r.rule().line()));
            String indent = "       ";
            if (!r.budget()) {
                out.println(indent + "位置  " + r.level1() + " › " + r.level2() + " · " + form.sourceOf(r.line(), null).place());
            }
            if (r.band() != null) {
                out.println(indent + "档次  " + r.band());
            }
            if (r.formula() != null) {
                out.println(indent + "计算  " + r.formula());
            }
            if (r.reason() != null) {
                out.println(indent + "原因  " + r.reason());
            }
            for (Finding f : r.findings()) {
                out.println(indent + "发现  " + f.severity().chinese() + " " + f.ruleId() + " " + f.message());
            }
        }
        return itemWidth;
    }

    private static void reconciliation(PrintStream out, Ledger l) {
        BigDecimal gap = l.statedTotalGap();
        if (l.unreadNote() != null) {
            out.println("  对账  填报总分 " + Show.score(l.statedTotal()) + "；" + l.unreadNote());
        } else {
            out.println("  对账  填报总分 " + Show.score(l.statedTotal()) + (gap == null || gap.signum() == 0
                    ? " = 各项填报得分之和 " + Show.score(l.statedSum())
                    : " ≠ 各项填报得分之和 " + Show.score(l.statedSum()) + "（相差 " + signed(gap) + "，" + totalFindings(l) + "）"));
        }
        out.println("        重算总分 " + Show.score(l.recomputedTotal()) + " = " + Show.orDash(l.totalFormula())
                + (l.totalRule() == null ? "" : "（" + l.totalRule().id() + " " + l.totalRule().file() + ":" + l.totalRule().line() + "）")
                + " · 等级 " + Show.orDash(l.grade()));
        out.println("        各项重算得分之和 " + Show.score(l.recomputedSum()) + (l.recomputedTotal() == null ? "，未重算总分"
                : l.reconciles() ? " = 重算总分，平衡" : " ≠ 重算总分，不平衡"));
        List<String> diffs = new ArrayList<>();
        for (LedgerRow r : l.rows()) {
            if (r.difference() != null && r.difference().signum() != 0) {
                diffs.add(r.item() + " " + signed(r.difference()) + "（" + (r.attributedTo().isEmpty() ? "在允许误差内"
                        : String.join("、", r.attributedTo())) + "）");
            }
        }
        out.println("        重算与填报的差额：" + (diffs.isEmpty() ? "无" : String.join("；", diffs)));
        if (!l.formFindings().isEmpty()) {
            out.println("  整表发现");
            for (Finding f : l.formFindings()) {
                out.println("        " + f.severity().chinese() + " " + f.ruleId() + " " + f.message());
            }
        }
    }

    private static String cols(String... values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            sb.append(Width.padLeft(v, 8));
        }
        return sb.toString();
    }

    private static String num(BigDecimal x) {
        return x == null ? "—" : x.stripTrailingZeros().toPlainString();
    }

    static String signed(BigDecimal x) {
        if (x == null) {
            return "—";
        }
        String s = Calc.shown(x);
        return x.signum() > 0 ? "+" + s : s;
    }
}
