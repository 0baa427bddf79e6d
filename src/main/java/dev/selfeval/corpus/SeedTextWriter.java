package dev.selfeval.corpus;

/** Writes a {@link FormSpec} in the PDF-extracted text layout of the seed, with the chosen quirks. */
final class SeedTextWriter {
    private static final int COLUMNS = 9;

    private SeedTextWriter() {
    }

    static String write(FormSpec f, Quirks q) {
        StringBuilder sb = new StringBuilder();
        if (q.htmlTitle()) {
            row(sb, "<p style=\"text-align: center;\">财政项目支出绩效自评表</p> <p style=\"text-align: center;\">(2023 年度)</p>");
        } else {
            row(sb, "财政项目支出绩效自评表");
            row(sb, "(2023 年度)");
        }
        String gap = "\t".repeat(q.headerGap());
        line(sb, "项目名称" + gap + nz(f.projectName));
        line(sb, "主管部门" + gap + nz(f.department) + "\t\t\t实施单位" + gap + nz(f.unit));
        String pad = q.extraFundColumn() ? "\t" : "";
        line(sb, "项目资金 (元)\t" + pad + "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分");
        String approp = f.appropriationLabel;
        if (q.asciiColon()) {
            approp = approp.replace("：", ":");
        }
        if (q.benNian()) {
            approp = approp.replace("当年", "本年");
        }
        line(sb, "\t" + pad + "年度资金总额\t" + f.initialBudget + "\t" + f.annualBudget + "\t" + money(f.executed, q)
                + "\t10\t" + f.rate + "\t" + f.budgetScore);
        line(sb, "\t" + pad + approp + "\t" + f.subInitial + "\t" + f.subAnnual + "\t" + f.subExecuted + "\t—\t\t");
        line(sb, "\t" + pad + "上年结转资金\t0\t0\t\t—\t\t");
        line(sb, "\t" + pad + "其他资金\t" + f.otherInitial + "\t0\t\t—\t\t");
        line(sb, (q.spacedLabels() ? "年度 总体 目标" : "年度总体目标") + "\t预期目标\t\t\t\t实际完成情况\t\t\t");
        line(sb, "\t" + nz(f.expectedGoal) + "\t\t\t\t" + nz(f.actualGoal) + "\t\t\t");
        line(sb, (q.spacedLabels() ? "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析及 改进措施"
                : "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施"));
        for (int i = 0; i < f.rows.size(); i++) {
            FormSpec.Row r = f.rows.get(i);
            String target = q.mathComparators() ? math(r.target) : r.target;
            String actual = q.mathComparators() ? math(r.actual) : r.actual;
            String cells = nz(r.level1) + "\t" + nz(r.level2) + "\t" + r.name + "\t" + target + "\t" + actual + "\t"
                    + r.weight + "\t" + r.score + "\t" + r.reason;
            line(sb, (r.shiftedLeft || q.satisfactionShift() && "满意度指标".equals(r.level1) ? "" : "\t") + cells);
            if (i == f.strayAfter) {
                line(sb, f.stray);
            }
        }
        switch (q.total()) {
            case INLINE -> line(sb, "总分\t\t\t\t\t\t100\t" + f.totalScore + "\t");
            case LINES -> sb.append("\n总分\n\n100\n\n").append(f.totalScore).append("\n");
            case MARKDOWN -> sb.append("\n总分\n\n| 100 | ").append(f.totalScore).append(" |\n");
        }
        sb.append('\n');
        if (q.pageMarker()) {
            sb.append("-1-\n\n");
        }
        return sb.toString();
    }

    /** 1234567.89 written 1,234,567.89 when the form uses thousands separators. */
    private static String money(String amount, Quirks q) {
        if (!q.thousands() || !amount.matches("\\d+(\\.\\d+)?")) {
            return amount;
        }
        int dot = amount.indexOf('.');
        String whole = dot < 0 ? amount : amount.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sb + (dot < 0 ? "" : amount.substring(dot));
    }

    private static String math(String s) {
        return s.replace(">=", "≥").replace("<=", "≤");
    }

    private static void row(StringBuilder sb, String first) {
        sb.append(first).append("\t".repeat(COLUMNS - 1)).append('\n');
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append('\n');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
