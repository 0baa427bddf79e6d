package dev.selfeval.model;

import java.util.List;

/**
 * One self-evaluation form as read. {@code id} is {@code <file>#<n>}, stable across runs;
 * {@code funds} always holds the four lines in {@link FundKind} order (a missing row is blank).
 */
public record Form(String id, SourceRef source, Header header, String amountUnit, List<FundLine> funds,
                   Goals goals, List<Indicator> indicators, Total total, List<ReadProblem> problems) {

    public Form {
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
    }

    public FundLine fund(FundKind kind) {
        return funds.get(kind.ordinal());
    }

    /** The 年度资金总额 line, the only one that is scored. */
    public FundLine totalFund() {
        return fund(FundKind.TOTAL);
    }

    public String projectName() {
        return header.projectName();
    }
}
