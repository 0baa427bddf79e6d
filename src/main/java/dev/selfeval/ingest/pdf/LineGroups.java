package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.UnreadableInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A page's ruling lines grouped by which of them meet ({@link Segment#meets}), each group the lines
 * of one table. The lines are sorted by position first, so that a line is compared only with the
 * lines near it, not with every line of the page: lines of one direction close enough to meet are
 * joined by a sweep along them, and a vertical line looks only at the horizontal lines within its
 * height.
 */
final class LineGroups {
    /**
     * Pairs of lines compared at most on one page. A page of a form takes a few thousand (each line
     * meets the few dozen lines across it), a page of {@link Lattice#MAX_CELLS} cells each drawn on
     * its own a few million; lines packed closer and crossing more are a drawing, not a form.
     */
    static final long MAX_COMPARISONS = 10_000_000;

    private final int page;
    private final int[] group;
    private long comparisons;

    private LineGroups(int page, int lines) {
        this.page = page;
        group = IntStream.range(0, lines).toArray();
    }

    /**
     * The groups, each in order of position; the horizontal lines of a group before its vertical ones.
     *
     * @throws UnreadableInputException when the lines are too many and too close to group in {@link #MAX_COMPARISONS}
     */
    static List<List<Segment>> of(List<Segment> segments, double snap, int page) throws UnreadableInputException {
        LineIndex horizontal = new LineIndex(segments, true);
        LineIndex vertical = new LineIndex(segments, false);
        int h = horizontal.size();
        LineGroups groups = new LineGroups(page, h + vertical.size()); // horizontal lines first, then vertical ones
        groups.along(horizontal, 0, snap);
        groups.along(vertical, h, snap);
        for (int j = 0; j < vertical.size(); j++) {
            Segment v = vertical.get(j);
            int end = horizontal.after(v.to() + snap);
            for (int i = horizontal.first(v.from() - snap); i < end; i++) {
                groups.compared();
                if (horizontal.get(i).meets(v, snap)) {
                    groups.join(i, h + j);
                }
            }
        }
        Map<Integer, List<Segment>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < groups.group.length; i++) {
            byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i < h ? horizontal.get(i) : vertical.get(i - h));
        }
        return new ArrayList<>(byRoot.values());
    }

    /**
     * Joins the lines of one direction that meet. Lines whose positions follow each other within
     * {@code snap} form a run; where the whole run lies within {@code snap}, every two of its lines
     * are close enough, and they meet where their extents overlap (within {@code snap}): a sweep in
     * order of where they start finds that. A run spread wider is compared pair by pair.
     */
    private void along(LineIndex lines, int offset, double snap) throws UnreadableInputException {
        int n = lines.size();
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && lines.get(end).at() - lines.get(end - 1).at() <= snap) {
                end++;
            }
            if (lines.get(end - 1).at() - lines.get(start).at() <= snap) {
                int[] order = IntStream.range(start, end).boxed()
                        .sorted(Comparator.comparingDouble(i -> lines.get(i).from())).mapToInt(Integer::intValue).toArray();
                double reach = 0;
                for (int k = 0; k < order.length; k++) {
                    Segment s = lines.get(order[k]);
                    if (k > 0 && s.from() <= reach + snap) { // meets the line reaching furthest so far
                        join(offset + order[k], offset + order[k - 1]);
                        reach = Math.max(reach, s.to());
                    } else {
                        reach = s.to();
                    }
                }
            } else {
                for (int i = start; i < end; i++) {
                    for (int j = i + 1; j < end && lines.get(j).at() - lines.get(i).at() <= snap; j++) {
                        compared();
                        if (lines.get(i).meets(lines.get(j), snap)) {
                            join(offset + i, offset + j);
                        }
                    }
                }
            }
        }
    }

    private void compared() throws UnreadableInputException {
        if (++comparisons > MAX_COMPARISONS) {
            throw new UnreadableInputException("PDF 第 " + page + " 页的表格线过多过密（两两比对超过 " + MAX_COMPARISONS
                    + " 对仍未比完），已拒绝读取（一页自评表只有几十到几百条表格线；该页可能是网格图形，请从原表格软件重新导出 PDF，再审核）");
        }
    }

    private int find(int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private void join(int a, int b) {
        group[find(a)] = find(b);
    }
}
