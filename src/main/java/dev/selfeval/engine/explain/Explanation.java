package dev.selfeval.engine.explain;

import dev.selfeval.engine.FormAudit;
import java.util.List;

/**
 * Everything {@code explain} shows for one form: the ledger, the firings in order (when traced),
 * and for an asked item the rules that fired on it and those that did not, with why.
 */
public record Explanation(FormAudit audit, Ledger ledger, List<Trace.Firing> trace, List<ItemView> items) {

    /** One asked item: its ledger row, the rules that fired on it, and the ones held back. */
    public record ItemView(LedgerRow row, List<Trace.Firing> fired, List<WhyNot.Held> held) {
    }
}
