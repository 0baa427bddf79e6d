package dev.selfeval.model;

/**
 * A row inside a block the reader found but did not wholly understand: a row it skipped or could
 * not place (an unknown fund-row label, a row with cells but no role), or a number in a cell under
 * no column it knows. {@code block} is named as {@link BlockMissing} names blocks; {@code label} is
 * the row's first text (what a template would have to know), {@code cells} the row as written.
 * A rule whose conclusion needs the whole block states {@code not ReadGap(block == "…")}; a rule on
 * one row states {@code not ReadGap(line == $row.line)}.
 */
public record ReadGap(String block, int line, String label, String cells, String why) {
}
