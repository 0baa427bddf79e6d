package dev.selfeval.ingest.grid;

import java.math.BigDecimal;

/**
 * One cell as a format reader saw it; its position in the row is its column. {@code text} is the
 * text as displayed ({@link CellText}); {@code number} the exact value of a cell that holds a number
 * as such (a spreadsheet's numeric cell; a percentage in percent), null where the text is all there
 * is. A merged region's text is seen at every position it covers; {@code merged} marks the
 * positions after its first. {@code problem}, when set, says why the cell could not be read as
 * shown (a formula without a stored result). {@code stored} is a spreadsheet number as stored, all its
 * decimals kept (2.0456 shown as 2.05, whose {@code number} is 2.05), else the same as {@code number}.
 */
public record Cell(String text, BigDecimal number, boolean merged, String problem, BigDecimal stored) {

    public static final Cell BLANK = new Cell("", null, false, null);

    public Cell(String text, BigDecimal number, boolean merged, String problem) {
        this(text, number, merged, problem, number);
    }

    public static Cell of(String text) {
        return text.isEmpty() ? BLANK : new Cell(text, null, false, null);
    }

    /** This cell as seen at a position its merged region covers after the first. */
    public Cell continuation() {
        return merged ? this : new Cell(text, number, true, problem, stored);
    }

    public boolean blank() {
        return text.isEmpty();
    }
}
