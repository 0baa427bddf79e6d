package dev.selfeval.ingest.pdf;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A page's ruling lines of one direction sorted by position ({@link Segment#at}), so that the lines
 * near a place are found by binary search rather than by a look at every line of the page.
 */
final class LineIndex {
    private final Segment[] lines;
    private final double[] at;

    LineIndex(List<Segment> segments, boolean horizontal) {
        lines = segments.stream().filter(s -> s.horizontal() == horizontal)
                .sorted(Comparator.comparingDouble(Segment::at)).toArray(Segment[]::new);
        at = new double[lines.length];
        for (int i = 0; i < lines.length; i++) {
            at[i] = lines[i].at();
        }
    }

    int size() {
        return lines.length;
    }

    Segment get(int i) {
        return lines[i];
    }

    /** The index of the first line at or past {@code position}. */
    int first(double position) {
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first line past {@code position}. */
    int after(double position) {
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a line lies strictly between {@code low} and {@code high} and reaches over {@code along}. */
    boolean between(double low, double high, double along) {
        for (int i = after(low); i < lines.length && at[i] < high; i++) {
            if (lines[i].from() <= along && along <= lines[i].to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where lines run along {@code position}: the stretches the lines within {@code tolerance} of it
     * cover, each widened by {@code tolerance} at both ends, joined where they overlap, as sorted
     * pairs of start and end. {@link #covers} then says whether a line runs over a point.
     */
    double[] stretches(double position, double tolerance) {
        int from = first(position - 2 * tolerance);
        int to = after(position + 2 * tolerance);
        double[][] pieces = new double[to - from][];
        int k = 0;
        for (int i = from; i < to; i++) {
            if (Math.abs(at[i] - position) <= tolerance) { // the window above is wider: this is the test, to the last bit
                pieces[k++] = new double[] {lines[i].from() - tolerance, lines[i].to() + tolerance};
            }
        }
        pieces = Arrays.copyOf(pieces, k);
        Arrays.sort(pieces, Comparator.comparingDouble((double[] p) -> p[0]));
        double[] out = new double[2 * pieces.length];
        int n = 0;
        for (double[] p : pieces) {
            if (n > 0 && p[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], p[1]);
            } else {
                out[n++] = p[0];
                out[n++] = p[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether a point lies in one of the {@link #stretches}. */
    static boolean covers(double[] stretches, double along) {
        int lo = 0;
        int hi = stretches.length / 2;
        while (lo < hi) { // the first stretch ending at or past the point
            int mid = (lo + hi) >>> 1;
            if (stretches[2 * mid + 1] < along) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < stretches.length / 2 && stretches[2 * lo] <= along;
    }
}
