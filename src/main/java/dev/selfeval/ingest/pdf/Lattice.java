package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.UnreadableInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A table rebuilt from its ruling lines: the x of every vertical line and the y of every horizontal
 * one cut it into a grid of cells; where a line between two neighbouring cells is missing, they are
 * one merged cell. {@link #region} names each cell by the first (top-left) cell of its merged region.
 */
final class Lattice {
    /** Lines this close (points) are one line: a border drawn twice, or slightly off. */
    static final double SNAP = 2.0;
    /**
     * Cells of the tables of one page at most: a page of a form has one or two hundred (19 rows of 9
     * columns), a page of the densest table some two thousand.
     */
    static final int MAX_CELLS = 20_000;

    final double[] xs;
    final double[] ys;
    /** For each cell ({@code row * columns + column}), the cell its merged region starts at. */
    private final int[] region;

    private Lattice(double[] xs, double[] ys, List<Segment> lines) {
        this.xs = xs;
        this.ys = ys;
        int rows = rows();
        int cols = columns();
        region = new int[rows * cols];
        for (int i = 0; i < region.length; i++) {
            region[i] = i;
        }
        LineIndex vertical = new LineIndex(lines, false);
        for (int c = 1; c < cols; c++) {
            double[] ruled = vertical.stretches(xs[c], SNAP);
            for (int r = 0; r < rows; r++) {
                if (!LineIndex.covers(ruled, (ys[r] + ys[r + 1]) / 2)) {
                    union(r * cols + c - 1, r * cols + c);
                }
            }
        }
        LineIndex horizontal = new LineIndex(lines, true);
        for (int r = 1; r < rows; r++) {
            double[] ruled = horizontal.stretches(ys[r], SNAP);
            for (int c = 0; c < cols; c++) {
                if (!LineIndex.covers(ruled, (xs[c] + xs[c + 1]) / 2)) {
                    union((r - 1) * cols + c, r * cols + c);
                }
            }
        }
    }

    /**
     * The tables of a page: its ruling lines grouped by which of them meet ({@link LineGroups}), top
     * to bottom (left to right at one height).
     *
     * @throws UnreadableInputException when they cut the page into more than {@link #MAX_CELLS} cells, or
     *                                  are too many and too close to group ({@link LineGroups#MAX_COMPARISONS})
     */
    static List<Lattice> of(List<Segment> segments, int page) throws UnreadableInputException {
        List<Lattice> out = new ArrayList<>();
        long cells = 0;
        for (List<Segment> lines : LineGroups.of(segments, SNAP, page)) {
            double[] xs = positions(lines, false);
            double[] ys = positions(lines, true);
            if (xs.length >= 2 && ys.length >= 2) {
                cells += (long) (xs.length - 1) * (ys.length - 1);
                if (cells > MAX_CELLS) {
                    throw new UnreadableInputException("PDF 第 " + page + " 页的表格线划出的格子超过 " + MAX_CELLS + " 个（到一个 "
                            + (ys.length - 1) + " 行 × " + (xs.length - 1) + " 列的表格为止），已拒绝读取"
                            + "（一页自评表只有一两百个格子；该页可能是网格图形，请从原表格软件重新导出 PDF，再审核）");
                }
                out.add(new Lattice(xs, ys, lines));
            }
        }
        out.sort(Comparator.comparingDouble((Lattice t) -> t.ys[0]).thenComparingDouble(t -> t.xs[0]));
        return out;
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    /** The cell at a point as {@code row * columns + column}, or -1 outside the table. */
    int cellAt(double x, double y) {
        int c = slot(xs, x);
        int r = slot(ys, y);
        return c < 0 || r < 0 ? -1 : r * columns() + c;
    }

    /** The first cell of the merged region a cell belongs to. */
    int region(int cell) {
        int r = cell;
        while (region[r] != r) {
            r = region[r];
        }
        for (int c = cell; region[c] != r; ) { // the cells on the way point at it straight from now on
            int next = region[c];
            region[c] = r;
            c = next;
        }
        return r;
    }

    private void union(int a, int b) {
        int ra = region(a);
        int rb = region(b);
        if (ra != rb) {
            region[Math.max(ra, rb)] = Math.min(ra, rb); // the top-left cell stays the region's name
        }
    }

    /** The slot between two edges {@code v} is in (on an edge: the slot before it), or -1 outside them all. */
    private static int slot(double[] edges, double v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, 1, edges.length, v);
        return Math.min(i >= 0 ? i : -i - 1, edges.length - 1) - 1; // NaN, past every edge, is in the last slot
    }

    /** The distinct positions of the table's horizontal (y) or vertical (x) lines, close ones as one. */
    private static double[] positions(List<Segment> lines, boolean horizontal) {
        TreeSet<Double> all = new TreeSet<>();
        for (Segment s : lines) {
            if (s.horizontal() == horizontal) {
                all.add(s.at());
            }
        }
        List<Double> out = new ArrayList<>();
        for (double v : all) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
                out.add(v);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
