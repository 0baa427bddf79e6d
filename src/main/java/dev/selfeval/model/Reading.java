package dev.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the reader understood of a form: the blocks it found and read whole ({@code complete}), the
 * rows it found inside a block but did not understand ({@code gaps}), how many non-empty cells the
 * form has ({@code cells}) and how many of them it gave a role ({@code placed}), and the grid as
 * received with each cell's role ({@code grid}; empty for a form read from canonical JSON).
 * {@code amountStep}: the funds' amounts are as printed (a PDF, a Word table, a text; not a workbook's
 * stored number), all but 0 with the same decimals, coarser than the cent (0.01 万元): rounded to this
 * step, so that amounts that add up may print a step or so apart. Null when they are exact.
 * {@code reasonColumn}: whether the indicator table has a 偏差原因 column (false: the layout writes the
 * reason in a row of its own after the table, 偏差大或目标未完成原因分析, which stands for each indicator's).
 */
public record Reading(List<String> complete, List<ReadGap> gaps, int cells, int placed, List<ReadRow> grid, BigDecimal amountStep,
                      boolean reasonColumn) {

    public Reading {
        complete = List.copyOf(complete);
        gaps = List.copyOf(gaps);
        grid = List.copyOf(grid);
    }

    /** A form whose reading was not recorded (built in code): nothing known to be missing. */
    public static Reading unknown() {
        return new Reading(List.of(), List.of(), 0, 0, List.of(), null, true);
    }

    /** Cells given a role ÷ non-empty cells, in percent with two decimals; 100 for a form without cells. */
    public BigDecimal coverage() {
        if (cells == 0) {
            return BigDecimal.valueOf(100).setScale(2);
        }
        return BigDecimal.valueOf(placed * 100L).divide(BigDecimal.valueOf(cells), 2, RoundingMode.HALF_UP);
    }

    /** The blocks with at least one gap, in the order their first gap was met. */
    public List<String> partial() {
        Set<String> out = new LinkedHashSet<>();
        gaps.forEach(g -> out.add(g.block()));
        return new ArrayList<>(out);
    }

    /** The labels of the rows not understood, each once, in order: what a template would have to learn. */
    public List<String> unknownLabels() {
        Set<String> out = new LinkedHashSet<>();
        gaps.forEach(g -> {
            if (g.label() != null && !g.label().isEmpty()) {
                out.add(g.label());
            }
        });
        return new ArrayList<>(out);
    }

    /** This reading without its grid: what is kept once the form has been shown. */
    public Reading withoutGrid() {
        return grid.isEmpty() ? this : new Reading(complete, gaps, cells, placed, List.of(), amountStep, reasonColumn);
    }
}
