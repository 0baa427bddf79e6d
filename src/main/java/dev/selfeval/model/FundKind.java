package dev.selfeval.model;

/** The four fund lines of the 项目资金 table, in form order. Only TOTAL is scored. */
public enum FundKind {
    TOTAL("年度资金总额"),
    APPROPRIATION("当年财政拨款"),
    CARRY_OVER("上年结转资金"),
    OTHER("其他资金");

    private final String label;

    FundKind(String label) {
        this.label = label;
    }

    /** The label as the national template prints it. */
    public String label() {
        return label;
    }
}
