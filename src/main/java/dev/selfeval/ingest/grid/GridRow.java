package dev.selfeval.ingest.grid;

import dev.selfeval.model.SourceRef;

import java.util.List;

/**
 * One row of a grid. {@code line} numbers the row among all rows of its file as read (a text file's
 * line); {@code at} is where an auditor finds it. {@code note}, when set, is what the reader saw
 * about the row that the auditor should know (a hidden row or sheet); it is read all the same.
 */
public record GridRow(int line, SourceRef at, List<Cell> cells, String note) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    public GridRow(int line, SourceRef at, List<Cell> cells) {
        this(line, at, cells, null);
    }
}
