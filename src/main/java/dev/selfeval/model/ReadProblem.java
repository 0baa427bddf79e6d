package dev.selfeval.model;

/**
 * Something the reader could not take in. {@code code} is the catalogue rule that reports it
 * (PARSE-UNREADABLE, PARSE-SKIPPED-ROW, IND-BAD-NUMBER); {@code text} is the offending cell or row.
 */
public record ReadProblem(String code, int line, String field, String text, String message) {
}
