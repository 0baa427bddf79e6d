package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.parse.SpacedRows.Token;
import dev.selfeval.ingest.template.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the lines whose cells were run together with spaces — the text a PDF extractor or a web page
 * makes of a form: a whole form on one line, or a row to a line — and takes each run of them as one
 * list of words for {@link SpacedRows} to cut back into cells. Words are split at runs of two or more
 * spaces where a line has them, else at every space. A run goes on over blank lines, and over a line
 * that is only the money unit of the label above it ((万元)).
 */
final class SpacedRuns {
    private static final Pattern WIDE = Pattern.compile("\\s{2,}");
    private static final Pattern ANY = Pattern.compile("\\s+");

    private SpacedRuns() {
    }

    /** The rows with every run of spaced rows cut into cells; other rows as they are. */
    static List<GridRow> regrid(List<GridRow> rows, Templates templates) {
        LayoutWords words = null;
        List<GridRow> result = new ArrayList<>(rows.size());
        List<Token> run = new ArrayList<>();
        for (GridRow r : rows) {
            ReadBudget.check();
            String text = onlyCell(r);
            if (text == null && !run.isEmpty() && r.cells().stream().allMatch(Cell::blank)) {
                continue; // a blank line between a run's lines
            }
            String unit = text == null && !run.isEmpty() ? unitLine(r, templates) : null;
            if (unit != null) {
                run.add(new Token(unit, r)); // 项目资金 / (万元): a label's second line goes on with the run
                continue;
            }
            if (text != null) {
                if (words == null) {
                    words = LayoutWords.of(templates);
                }
                List<Token> t = tokens(text, r);
                if (!run.isEmpty() || words.startsRow(t.get(0).text(), false)
                        || words.labelCount(t.stream().map(Token::text).toList()) >= 2) {
                    run.addAll(t);
                    continue;
                }
            }
            flush(run, words, result);
            result.add(r);
        }
        flush(run, words, result);
        return result;
    }

    private static void flush(List<Token> run, LayoutWords words, List<GridRow> result) {
        if (!run.isEmpty()) {
            result.addAll(SpacedRows.cut(words, List.copyOf(run)));
            run.clear();
        }
    }

    /** The text of a row that is one cell naming a money unit alone, (万元); null for any other row. */
    private static String unitLine(GridRow r, Templates templates) {
        List<Cell> filled = r.cells().stream().filter(c -> !c.blank()).toList();
        String text = filled.size() == 1 ? filled.get(0).text().strip() : null;
        return text != null && templates.vocabulary().unitCell(text) != null ? text : null;
    }

    /** The text of a row that is one cell with spaces in it; null for any other row. */
    private static String onlyCell(GridRow r) {
        String text = null;
        for (Cell c : r.cells()) {
            if (!c.blank() || c.problem() != null) {
                if (text != null || c.number() != null || c.problem() != null) {
                    return null;
                }
                text = c.text();
            }
        }
        return text != null && ANY.matcher(text.strip()).find() ? text : null;
    }

    private static List<Token> tokens(String text, GridRow from) {
        String t = text.strip();
        String[] parts = (WIDE.matcher(t).find() ? WIDE : ANY).split(t);
        List<Token> out = new ArrayList<>();
        for (String p : parts) {
            if (!out.isEmpty() && SpacedRows.NOTE.matcher(p).matches()) {
                Token last = out.remove(out.size() - 1);
                out.add(new Token(last.text() + p, last.from()));
            } else if (!p.isEmpty()) {
                out.add(new Token(p, from));
            }
        }
        return out;
    }
}
