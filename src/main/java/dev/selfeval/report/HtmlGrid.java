package dev.selfeval.report;

import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadRow;
import dev.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form as received, cell by cell, for the HTML form view: each cell coloured by the role the
 * reader gave it (grey where it gave none) and marked with the findings that point at it, so that a
 * misread shows at a glance. A finding points at the cell of its row whose role is its field, or at
 * the row's first cell when no cell has that role.
 */
record HtmlGrid(List<Line> rows) {

    /** A row: where it is, and its cells. */
    record Line(String place, List<Cell> cells) {
    }

    /** A cell: its text, its role in Chinese, the class that colours it, and the findings on it ({@code marks}). */
    record Cell(String text, String role, String css, String marks, String worst) {
    }

    /** The CSS class of each role; a role not listed here is coloured as a label. */
    private static final Map<String, String> CSS = Map.ofEntries(
            Map.entry("标签", "r-label"), Map.entry("说明", "r-note"),
            Map.entry("项目名称", "r-header"), Map.entry("主管部门", "r-header"), Map.entry("实施单位", "r-header"),
            Map.entry("年初预算数", "r-amount"), Map.entry("全年预算数", "r-amount"), Map.entry("全年执行数", "r-amount"),
            Map.entry("执行率", "r-rate"), Map.entry("分值", "r-weight"), Map.entry("得分", "r-score"), Map.entry("等级", "r-score"),
            Map.entry("预期目标", "r-goal"), Map.entry("实际完成情况", "r-goal"),
            Map.entry("一级指标", "r-name"), Map.entry("二级指标", "r-name"), Map.entry("三级指标", "r-name"),
            Map.entry("年度指标值", "r-target"), Map.entry("实际完成值", "r-actual"), Map.entry("偏差原因分析及改进措施", "r-reason"));

    boolean any() {
        return !rows.isEmpty();
    }

    /** The grid of a form with its findings marked; empty for a form read from canonical JSON (no grid kept). */
    static HtmlGrid of(Form f, List<Finding> findings) {
        List<Line> out = new ArrayList<>();
        if (f == null) {
            return new HtmlGrid(out);
        }
        for (ReadRow r : f.reading().grid()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < r.cells().size(); i++) {
                String role = r.roles().get(i);
                String text = r.cells().get(i);
                List<String> marks = new ArrayList<>();
                Severity worst = null;
                for (Finding x : findings) {
                    if (!text.isEmpty() && points(x, r, i)) {
                        marks.add(x.ruleId());
                        worst = worst == null || x.severity().compareTo(worst) < 0 ? x.severity() : worst;
                    }
                }
                cells.add(new Cell(text, text.isEmpty() ? null : role == null ? "未认出" : role,
                        text.isEmpty() ? "r-blank" : role == null ? "r-unknown" : CSS.getOrDefault(role, "r-label"),
                        marks.isEmpty() ? null : String.join(" ", marks), worst == null ? null : worst.name()));
            }
            out.add(new Line(r.place(), cells));
        }
        return new HtmlGrid(out);
    }

    /** Whether finding {@code x} points at cell {@code i} of row {@code r}. */
    private static boolean points(Finding x, ReadRow r, int i) {
        if (x.location() == null || x.location().line() != r.line()) {
            return false;
        }
        String field = x.location().field();
        int hit = -1;
        for (int k = 0; k < r.roles().size() && hit < 0; k++) {
            String role = r.roles().get(k);
            if (role != null && field != null && (field.equals(role) || field.endsWith(role))) {
                hit = k;
            }
        }
        if (hit < 0) {
            for (int k = 0; k < r.cells().size() && hit < 0; k++) {
                hit = r.cells().get(k).isEmpty() ? -1 : k;
            }
        }
        return hit == i;
    }
}
