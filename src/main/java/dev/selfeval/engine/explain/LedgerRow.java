package dev.selfeval.engine.explain;

import dev.selfeval.model.Finding;
import dev.selfeval.model.RuleRef;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scored item of a form's ledger: the budget execution line ({@code index} 0) or an indicator.
 * {@code deducted} = weight − stated; {@code difference} = recomputed − stated; {@code band} is set for
 * qualitative items (the band their actual text implies). {@code attributedTo} names the rules whose
 * findings on this row explain a difference; {@code rule} is the scoring rule that computed the row.
 */
public record LedgerRow(int index, String item, String level1, String level2, int line, BigDecimal weight,
                        BigDecimal stated, BigDecimal recomputed, String band, BigDecimal deducted,
                        BigDecimal difference, String formula, String reason, RuleRef rule, List<Finding> findings,
                        List<String> attributedTo) {

    public boolean budget() {
        return index == 0;
    }

    /** The score this row adds to the recomputed total: the recomputed one, else the stated one. */
    public BigDecimal counted() {
        return recomputed != null ? recomputed : stated != null ? stated : BigDecimal.ZERO;
    }
}
