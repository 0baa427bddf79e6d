package dev.selfeval.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters drawn together as one piece of text: one line, or the lines a cell's text wraps into.
 * A block grows by the next character while that is on the same line right after it, or starts the
 * next line at the block's left edge when the block's text spills out of its row (a wrapped cell
 * whose row is too low for it, as the published forms have: 其中：当年财政 / 拨款).
 */
final class TextBlock {
    final List<List<Glyph>> lines = new ArrayList<>();

    TextBlock(Glyph first) {
        lines.add(new ArrayList<>(List.of(first)));
    }

    Glyph last() {
        List<Glyph> line = lines.get(lines.size() - 1);
        return line.get(line.size() - 1);
    }

    double left() {
        return lines.get(0).get(0).x();
    }

    /** Where the block's widest line ends. */
    double right() {
        double right = 0;
        for (List<Glyph> line : lines) {
            right = Math.max(right, line.get(line.size() - 1).end());
        }
        return right;
    }

    double top() {
        return lines.get(0).get(0).top();
    }

    double bottom() {
        return last().bottom();
    }

    /** The point a block is placed by: its left edge, halfway down. */
    double middleY() {
        return (top() + bottom()) / 2;
    }

    /** Whether {@code g} goes on this block's last line, right after its last character. */
    boolean continuesLine(Glyph g) {
        Glyph last = last();
        return Math.abs(g.baseline() - last.baseline()) <= 0.25 * last.size()
                && g.x() >= last.x() - 0.1 * last.size() && g.x() - last.end() <= 1.5 * last.size();
    }

    /** Whether {@code g} starts the block's next line: one line lower, at the block's left edge. */
    boolean startsNextLine(Glyph g) {
        Glyph last = last();
        double down = g.baseline() - last.baseline();
        return down >= 0.9 * last.size() && down <= 1.8 * last.size() && Math.abs(g.x() - left()) <= 0.5 * last.size();
    }

    void add(Glyph g, boolean newLine) {
        if (newLine) {
            lines.add(new ArrayList<>());
        }
        lines.get(lines.size() - 1).add(g);
    }

    /** The text: a line's characters in order, a space where a gap is wider than half a character; lines on lines of their own. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            Glyph prev = null;
            for (Glyph g : line) {
                if (prev != null && g.x() - prev.end() > 0.5 * prev.size() && !prev.text().isBlank()) {
                    sb.append(' ');
                }
                sb.append(g.text());
                prev = g;
            }
        }
        return sb.toString();
    }
}
