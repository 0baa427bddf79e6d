package dev.selfeval.model;

/**
 * A block of the form the reader could not find (表头, 项目资金, 绩效指标, 总分), or a part its layout
 * does not have (分值, 指标分值, 年度总体目标). The rules
 * that need the block stay quiet while this fact is there ({@code not BlockMissing(block == "项目资金")}):
 * a form that could not be read whole is reported once, as unreadable, not judged on what is missing.
 */
public record BlockMissing(String block) {
    public static final String HEADER = "表头";
    public static final String FUNDS = "项目资金";
    /**
     * Missing only by the form's layout (a template without {@code goals}): a form of a layout that has
     * them but left them out is read whole, and FORM-GOAL-MISSING says so. Also named by {@link ReadGap}.
     */
    public static final String GOALS = "年度总体目标";
    public static final String INDICATORS = "绩效指标";
    public static final String TOTAL = "总分";
    /**
     * The 分值 and 得分 columns, missing by the form's layout (a template that does not score, such
     * as the transfer-payment 绩效目标自评表): the rules that score stay quiet, the other checks run.
     */
    public static final String SCORES = "分值";
    /**
     * Each indicator's 分值, missing by the form's layout: its weights are written in the level-1 names
     * only (产出指标(40分)) and each row has its 得分. The rules that need a row's weight stay quiet.
     */
    public static final String ROW_WEIGHTS = "指标分值";

    /** Whether a missing part is one the form's layout does not have (分值, 指标分值, 年度总体目标), not one the reader lost. */
    public static boolean byLayout(String block) {
        return SCORES.equals(block) || ROW_WEIGHTS.equals(block) || GOALS.equals(block);
    }
}
