package dev.selfeval.ingest.text;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text a PDF extractor made of forms (the seed's format): one line a row, tab-separated cells,
 * merged cells left blank. A markdown table row ({@code | 100 | 99.81 |}), or a table a web page
 * gave as text ({@code 总分 | 100 | 99.81 | |}), is split on its pipes;
 * HTML tags the extraction left are dropped.
 */
public final class TextGridReader {
    /** An HTML tag: a name right after {@code <} or {@code </}, so that {@code <=16元 … >=90%} stays text. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private TextGridReader() {
    }

    /** The text's lines as one grid; {@code file} names it in sources. */
    public static Grid read(String text, String file) {
        return read(text, file, Map.of());
    }

    /** The same, with the bytes that did not decode on each line (the text decoder names them). */
    public static Grid read(String text, String file, Map<Integer, String> damaged) {
        return read(text, file, damaged, 1);
    }

    /** A piece of a file's text whose first line is line {@code firstLine} of the file. */
    public static Grid read(String text, String file, Map<Integer, String> damaged, int firstLine) {
        List<String> lines = text.lines().toList(); // lines end at \n, \r\n or \r
        List<GridRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ReadBudget.check();
            int line = firstLine + i;
            rows.add(new GridRow(line, new SourceRef(file, line), cells(lines.get(i)), null, damaged.get(line)));
        }
        return new Grid(rows, false);
    }

    /** One line as a grid row, for looking at a line before its piece is read. */
    public static GridRow row(String line) {
        return new GridRow(0, null, cells(line));
    }

    static List<Cell> cells(String line) {
        if (line.indexOf('<') >= 0) {
            line = TAG.matcher(line).replaceAll(" ");
        }
        String[] raw;
        String trimmed = line.strip();
        // a markdown row, or a web page's table as text: cells between pipes, the outer pipes optional
        // (a one-cell row of a web page's table is its cell and a closing pipe: 项目资金 (万元) |)
        if (trimmed.startsWith("|") || line.indexOf('\t') < 0 && (trimmed.contains(" | ") || trimmed.endsWith("|"))) {
            if (MARKDOWN_RULE.matcher(trimmed).matches()) {
                return List.of();
            }
            int from = trimmed.startsWith("|") ? 1 : 0;
            String inner = trimmed.substring(from, trimmed.endsWith("|") && trimmed.length() > from ? trimmed.length() - 1
                    : trimmed.length());
            raw = inner.split("\\|", -1);
        } else {
            raw = line.split("\t", -1);
        }
        List<Cell> cells = new ArrayList<>(raw.length);
        for (String r : raw) {
            cells.add(Cell.of(CellText.clean(r)));
        }
        return cells;
    }
}
