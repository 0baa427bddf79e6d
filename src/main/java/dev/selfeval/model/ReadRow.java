package dev.selfeval.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a form as received, cell by cell, with the role the reader gave each cell ({@code null}
 * where it gave none): what the HTML form view draws so that an auditor sees a misread at a glance.
 * {@code place} names the row as findings do (第 12 行, 3-项目 第 7 行).
 */
public record ReadRow(int line, String place, List<String> cells, List<String> roles) {

    public ReadRow {
        cells = List.copyOf(cells);
        roles = Collections.unmodifiableList(new ArrayList<>(roles));
    }
}
