package dev.selfeval.report;

import java.math.BigDecimal;

/** Small formatting helpers the reporters share. */
final class Show {
    private Show() {
    }

    /** A score with 2 decimals, or — when there is none. */
    static String score(BigDecimal x) {
        return x == null ? "—" : x.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String orDash(Object s) {
        return s == null ? "—" : s.toString();
    }
}
