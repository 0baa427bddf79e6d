package dev.selfeval.ingest.pdf;

import java.util.ArrayList;
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
        for (int r = 0; r < rows; r++) {
            double midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                double midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !ruled(lines, false, xs[c + 1], midY)) {
                    union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruled(lines, true, ys[r + 1], midX)) {
                    union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
    }

    /** The tables of a page: its ruling lines grouped by which of them meet. */
    static List<Lattice> of(List<Segment> segments) {
        int n = segments.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (segments.get(i).meets(segments.get(j), SNAP)) {
                    join(group, i, j);
                }
            }
        }
        List<Lattice> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Segment> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(group, i) == root) {
                    lines.add(segments.get(i));
                }
            }
            double[] xs = positions(lines, false);
            double[] ys = positions(lines, true);
            if (xs.length >= 2 && ys.length >= 2) {
                out.add(new Lattice(xs, ys, lines));
            }
        }
        out.sort((a, b) -> Double.compare(a.ys[0], b.ys[0]));
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
        return r;
    }

    private void union(int a, int b) {
        int ra = region(a);
        int rb = region(b);
        if (ra != rb) {
            region[Math.max(ra, rb)] = Math.min(ra, rb); // the top-left cell stays the region's name
        }
    }

    private static int slot(double[] edges, double v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.length; i++) {
            if (v <= edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }

    private static boolean ruled(List<Segment> lines, boolean horizontal, double at, double along) {
        for (Segment s : lines) {
            if (s.horizontal() == horizontal && s.covers(at, along, SNAP)) {
                return true;
            }
        }
        return false;
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

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }
}
