package dev.selfeval.model;

import java.math.BigDecimal;

/**
 * One row of the 项目资金 table. Amounts are in the form's {@link Form#amountUnit()} and keep the
 * scale they were written with; null means blank or "—". Weight, rate (in percent) and score are
 * stated only on the total line.
 */
public record FundLine(FundKind kind, BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                       BigDecimal weight, BigDecimal rate, BigDecimal score, int line) {

    public static FundLine blank(FundKind kind) {
        return new FundLine(kind, null, null, null, null, null, null, 0);
    }

    /** True when the form has no such row at all. */
    public boolean missing() {
        return line == 0;
    }
}
