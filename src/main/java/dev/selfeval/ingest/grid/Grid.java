package dev.selfeval.ingest.grid;

import java.util.List;

/**
 * The rows of one sheet, page or table. A form never runs from one sheet into the next; it may run
 * on from one PDF page or Word table into the next ({@code continues}), as printed forms do.
 */
public record Grid(List<GridRow> rows, boolean continues) {

    public Grid {
        rows = List.copyOf(rows);
    }
}
