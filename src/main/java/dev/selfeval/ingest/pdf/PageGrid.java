package dev.selfeval.ingest.pdf;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page as grid rows: each row of each table (lattice) a row of cells, the text beside the tables
 * (a form's title and year) a row of its own per line, all in order down the page. A page's first
 * table that has only some of the column lines of the table the page before ended with (a table that
 * goes on, its first part cut by more lines: a Word table's rows of other widths) is laid on those
 * columns, so that its cells stand in the columns of the header they continue under.
 */
final class PageGrid {
    private PageGrid() {
    }

    /** The page's rows, and the column lines its last table is laid on (null when the page has no table). */
    record Page(List<GridRow> rows, double[] columns) {
    }

    /**
     * @param line    the number of the file's last row so far; rows are numbered on from it
     * @param carried the column lines the page before ended with, or null
     */
    static Page rows(PageInk ink, String file, int page, int line, double[] carried) throws UnreadableInputException {
        List<Lattice> tables = Lattice.of(ink.segments, page);
        List<TextBlock> blocks = blocks(ink.glyphs, new LineIndex(ink.segments, false), tables);
        // each block goes to the region of the table cell it sits in, or stays outside the tables
        Map<Lattice, Map<Integer, List<TextBlock>>> inCells = new HashMap<>();
        List<TextBlock> outside = new ArrayList<>();
        for (TextBlock b : blocks) {
            Lattice t = tableAt(tables, b.left() + 0.5, b.middleY());
            if (t == null) {
                outside.add(b);
            } else {
                int region = t.region(t.cellAt(b.left() + 0.5, b.middleY()));
                inCells.computeIfAbsent(t, k -> new TreeMap<>()).computeIfAbsent(region, k -> new ArrayList<>()).add(b);
            }
        }
        List<Placed> placed = new ArrayList<>();
        double[] columns = null;
        for (Lattice t : tables) {
            Map<Integer, List<TextBlock>> cells = inCells.getOrDefault(t, Map.of());
            int[] at = t == tables.get(0) ? onto(t.xs, carried) : null;
            columns = at == null ? t.xs : carried;
            int cut = cutColumn(t, ink, cells);
            for (int r = 0; r < t.rows(); r++) {
                List<Cell> row = new ArrayList<>();
                for (int c = 0; c < t.columns(); c++) {
                    int cell = r * t.columns() + c;
                    int region = t.region(cell);
                    Cell origin = c == cut ? cutCell(r) : Cell.of(CellText.clean(text(cells.getOrDefault(region, List.of()))));
                    row.add(region == cell ? origin : origin.continuation());
                    for (int k = at == null ? 1 : at[c + 1] - at[c]; k > 1; k--) {
                        row.add(origin.continuation()); // the columns before this page's next line: one cell
                    }
                }
                placed.add(new Placed(t.ys[r], row));
            }
        }
        for (List<TextBlock> blocksOnLine : lines(outside)) {
            List<Cell> row = new ArrayList<>();
            for (TextBlock b : blocksOnLine) {
                row.add(Cell.of(CellText.clean(b.text())));
            }
            placed.add(new Placed(blocksOnLine.get(0).top(), row));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        List<GridRow> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            out.add(new GridRow(line + i + 1, SourceRef.pageLine(file, page, i + 1), placed.get(i).cells()));
        }
        return new Page(out, columns);
    }

    /**
     * The column of a table that the page's right edge cuts through, or -1: the table's last line is the
     * page's edge, and text in its last column runs past it (a table wider than the page, which the
     * office suite cut off instead of shrinking).
     */
    private static int cutColumn(Lattice t, PageInk ink, Map<Integer, List<TextBlock>> cells) {
        int last = t.columns() - 1;
        if (t.xs[last + 1] < ink.right - Lattice.SNAP) {
            return -1;
        }
        for (int r = 0; r < t.rows(); r++) {
            for (TextBlock b : cells.getOrDefault(t.region(r * t.columns() + last), List.of())) {
                if (b.right() > ink.right + 0.5) {
                    return last;
                }
            }
        }
        return -1;
    }

    /**
     * A cell of the column the page's edge cuts: read as blank, what it prints being only part of it;
     * the table's first row says so once for the page.
     */
    private static Cell cutCell(int row) {
        return row > 0 ? Cell.BLANK : new Cell("", null, false, "被页面右边缘切过（表格比页面宽，页边之外的内容没有印出；请用原始的 Excel 或 "
                + "Word 文件审核，或把页面设为横向、缩放到一页宽后重新导出 PDF）：本页这一栏的各格只印出一部分");
    }

    /**
     * For each of a table's column lines {@code xs}, the index of the same line among {@code carried}
     * when those are more and hold every one of them; else null (the table stands on its own lines).
     */
    private static int[] onto(double[] xs, double[] carried) {
        if (carried == null || carried.length <= xs.length) {
            return null;
        }
        int[] at = new int[xs.length];
        int j = 0;
        for (int c = 0; c < xs.length; c++) {
            while (j < carried.length && carried[j] < xs[c] - Lattice.SNAP) {
                j++;
            }
            if (j == carried.length || carried[j] > xs[c] + Lattice.SNAP) {
                return null;
            }
            at[c] = j;
        }
        return at;
    }

    private record Placed(double top, List<Cell> cells) {
    }

    /**
     * The page's characters as blocks, in drawing order: a character joins the block before it when
     * it goes on its line with no ruling line between them, or starts its next line while the block
     * spills out of its table row.
     */
    static List<TextBlock> blocks(List<Glyph> glyphs, LineIndex verticals, List<Lattice> tables) {
        List<TextBlock> out = new ArrayList<>();
        TextBlock current = null;
        for (Glyph g : glyphs) {
            if (current != null && current.continuesLine(g) && !ruledBetween(verticals, current.last(), g)) {
                current.add(g, false);
            } else if (current != null && current.startsNextLine(g) && spills(current, tables)) {
                current.add(g, true);
            } else {
                current = new TextBlock(g);
                out.add(current);
            }
        }
        return out;
    }

    /** Whether a vertical ruling line stands between two characters of one line. */
    private static boolean ruledBetween(LineIndex verticals, Glyph a, Glyph b) {
        return verticals.between(a.x() + 0.5 * a.width(), b.x() + 0.5 * b.width(), (b.top() + b.bottom()) / 2);
    }

    /** Whether the block's text reaches out of the table row its first line is in. */
    private static boolean spills(TextBlock b, List<Lattice> tables) {
        Glyph first = b.lines.get(0).get(0);
        double middle = (first.top() + first.bottom()) / 2;
        for (Lattice t : tables) {
            int cell = t.cellAt(b.left() + 0.5, middle);
            if (cell >= 0) {
                int r = cell / t.columns();
                return first.top() < t.ys[r] - 0.5 || b.bottom() > t.ys[r + 1] + 0.5;
            }
        }
        return false;
    }

    private static Lattice tableAt(List<Lattice> tables, double x, double y) {
        for (Lattice t : tables) {
            if (t.cellAt(x, y) >= 0) {
                return t;
            }
        }
        return null;
    }

    /** The blocks of one cell, top to bottom and left to right, as one text. */
    private static String text(List<TextBlock> blocks) {
        List<TextBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(TextBlock::top).thenComparingDouble(TextBlock::left));
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : sorted) {
            sb.append(sb.length() == 0 ? "" : "\n").append(b.text());
        }
        return sb.toString();
    }

    /** Blocks outside the tables grouped into lines by their first baseline, each line left to right. */
    private static List<List<TextBlock>> lines(List<TextBlock> outside) {
        List<TextBlock> sorted = new ArrayList<>(outside);
        sorted.sort(Comparator.comparingDouble((TextBlock b) -> b.lines.get(0).get(0).baseline()).thenComparingDouble(TextBlock::left));
        List<List<TextBlock>> out = new ArrayList<>();
        for (TextBlock b : sorted) {
            List<TextBlock> last = out.isEmpty() ? null : out.get(out.size() - 1);
            Glyph g = b.lines.get(0).get(0);
            if (last != null && Math.abs(last.get(0).lines.get(0).get(0).baseline() - g.baseline()) <= 0.25 * g.size()) {
                last.add(b);
            } else {
                out.add(new ArrayList<>(List.of(b)));
            }
        }
        return out;
    }
}
