package dev.selfeval.ingest.grid;

import dev.selfeval.model.SourceRef;

import java.util.List;

/**
 * One row of a grid. {@code line} numbers the row among all rows of its file as read (a text file's
 * line); {@code at} is where an auditor finds it. {@code note}, when set, is what the reader saw
 * about the row that the auditor should know (a hidden row or sheet); it is read all the same.
 * {@code damaged}, when set, names the bytes of a text line that did not decode ({@code E4 B8}).
 */
public record GridRow(int line, SourceRef at, List<Cell> cells, String note, String damaged) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    public GridRow(int line, SourceRef at, List<Cell> cells, String note) {
        this(line, at, cells, note, null);
    }

    public GridRow(int line, SourceRef at, List<Cell> cells) {
        this(line, at, cells, null, null);
    }
}
