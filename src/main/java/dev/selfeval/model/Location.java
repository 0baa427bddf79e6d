package dev.selfeval.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a form a finding points: the section (项目资金, 绩效指标, 年度总体目标, 表头, 总分, 表格),
 * for indicators its level names and name, the field (column), and the source line (0 = none).
 */
public record Location(String section, String level1, String level2, String indicator, String field, int line) {

    public static Location fund(String field, int line) {
        return new Location(BlockMissing.FUNDS, null, null, null, field, line);
    }

    public static Location indicator(Indicator i, String field) {
        return new Location(BlockMissing.INDICATORS, i.level1(), i.level2(), i.name(), field, i.line());
    }

    public static Location section(String section, String field, int line) {
        return new Location(section, null, null, null, field, line);
    }

    /** {@code 绩效指标 › 产出指标 › 数量指标 › 工作人员配备数量 › 得分}. */
    public String path() {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {section, level1, level2, indicator, field}) {
            if (p != null && !p.isEmpty()) {
                parts.add(p);
            }
        }
        return String.join(" › ", parts);
    }

    @Override
    public String toString() {
        return line > 0 ? path() + "（第 " + line + " 行）" : path();
    }
}
