package dev.selfeval.model;

/**
 * A block of the form the reader could not find (表头, 项目资金, 绩效指标, 总分), or the scores a layout
 * does not have (分值). The rules
 * that need the block stay quiet while this fact is there ({@code not BlockMissing(block == "项目资金")}):
 * a form that could not be read whole is reported once, as unreadable, not judged on what is missing.
 */
public record BlockMissing(String block) {
    public static final String HEADER = "表头";
    public static final String FUNDS = "项目资金";
    /** Never missing (a form without goals is read whole, FORM-GOAL-MISSING says so); named by {@link ReadGap}. */
    public static final String GOALS = "年度总体目标";
    public static final String INDICATORS = "绩效指标";
    public static final String TOTAL = "总分";
    /**
     * The 分值 and 得分 columns, missing by the form's layout (a template that does not score, such
     * as the transfer-payment 绩效目标自评表): the rules that score stay quiet, the other checks run.
     */
    public static final String SCORES = "分值";
}
