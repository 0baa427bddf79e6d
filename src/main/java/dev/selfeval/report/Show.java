package dev.selfeval.report;

import dev.selfeval.engine.Calc;

import java.math.BigDecimal;

/** Small formatting helpers the reporters share. */
final class Show {
    private Show() {
    }

    /** A score as computed or written, with at least 2 decimals, or — when there is none. */
    static String score(BigDecimal x) {
        return x == null ? "—" : Calc.shown(x);
    }

    static String orDash(Object s) {
        return s == null ? "—" : s.toString();
    }
}
