package dev.selfeval.cli;

import dev.selfeval.model.Location;
import dev.selfeval.model.Severity;
import dev.selfeval.store.RunQueries.Run;
import dev.selfeval.store.RunQueries.StoredFinding;
import dev.selfeval.store.RunQueries.StoredForm;

import java.math.BigDecimal;

/** How the runs and history commands write saved runs, forms and findings, in Chinese. */
final class StoredText {
    private StoredText() {
    }

    static String status(Run r) {
        return r.finished() ? "已完成" : "未完成";
    }

    /** {@code 10 张表 · 错误 1 · 警告 33 · 提示 4}. */
    static String counts(Run r) {
        if (!r.finished()) {
            return "未保存完，没有合计";
        }
        String s = r.files() + " 个文件 · " + r.forms() + " 张表 · 错误 " + r.errors() + " · 警告 " + r.warnings() + " · 提示 " + r.infos()
                + (r.waived() != null && r.waived() > 0 ? " · 已豁免 " + r.waived() : "")
                + (r.unreadable() != null && r.unreadable() > 0 ? " · 无法读取 " + r.unreadable() : "");
        if (r.baseline() != null) {
            s += " · 与基线 " + r.baseline() + " 相比：新增 " + r.newFindings() + " · 原有 " + r.unchangedFindings()
                    + " · 已解决 " + r.resolvedFindings();
        }
        return s;
    }

    static String worst(int rank) {
        return rank < Severity.values().length ? Severity.values()[rank].chinese() : "无";
    }

    /** One form: its worst severity, project, department, year, scores, counts, place and key. */
    static String form(StoredForm f) {
        return "[" + worst(f.worst()) + "] " + orBlank(f.project()) + " · " + orBlank(f.department())
                + (f.year() == null ? "" : " · " + f.year() + " 年度")
                + " · 总分 填报 " + number(f.stated()) + " / 重算 " + number(f.recomputed()) + (f.grade() == null ? "" : "（" + f.grade() + "）")
                + " · 错误 " + f.errors() + " 警告 " + f.warnings() + " 提示 " + f.infos() + (f.waived() > 0 ? " 已豁免 " + f.waived() : "")
                + "\n      " + f.id() + (f.place() == null || f.place().isEmpty() ? "" : "（" + f.place() + "）")
                + " · 项目标识 " + (f.key().isEmpty() ? "（无）" : f.key());
    }

    /** One finding: severity, rule, message, where. */
    static String finding(StoredFinding x) {
        String where = new Location(x.section(), x.level1(), x.level2(), x.indicator(), x.field(), x.line()).path();
        if (x.place() != null && !x.place().isEmpty()) {
            where += "（" + x.place() + "）";
        } else if (x.line() > 0) {
            where += "（第 " + x.line() + " 行）";
        }
        return Severity.valueOf(x.severity()).chinese() + "  " + x.ruleId() + " " + orBlank(x.message()) + "  " + where
                + (x.forms() != null ? "  涉及 " + x.forms().replace(";", "、") : "")
                + (x.waived() ? "  [已豁免]" : "")
                + ("new".equals(x.baseline()) ? "  [新增]" : "unchanged".equals(x.baseline()) ? "  [原有]" : "");
    }

    static String number(BigDecimal d) {
        return d == null ? "—" : d.stripTrailingZeros().toPlainString();
    }

    static String orBlank(String s) {
        return s == null || s.isBlank() ? "（空白）" : s;
    }
}
