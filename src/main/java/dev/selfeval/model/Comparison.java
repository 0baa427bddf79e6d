package dev.selfeval.model;

/** The comparator written in front of a target value. GE, GT and EQ targets are positive, LE and LT reverse. */
public enum Comparison {
    GE(">="), GT(">"), EQ("="), LE("<="), LT("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Reverse targets are the ones where less is better (costs, complaints, days). */
    public boolean reverse() {
        return this == LE || this == LT;
    }
}
