package dev.selfeval.model;

/**
 * Where something is in an input file, as an auditor opens it: a text file's line; a workbook's
 * sheet and row (and column, making the cell {@code H6}); a PDF's page and line on it; a Word
 * document's table and row in it (table 0: the paragraphs outside tables, {@code line} numbering
 * them). {@code line} is the row's number in its sheet, page or table
 * (0 = the file as a whole); {@code column} is a sheet's column letter or a table's 1-based column,
 * null when the place is a whole row. Fields that do not apply are null.
 */
public record SourceRef(String file, int line, String sheet, Integer page, Integer table, String column) {

    /** A line of a text file (or the whole file, line 0). */
    public SourceRef(String file, int line) {
        this(file, line, null, null, null, null);
    }

    public static SourceRef sheetRow(String file, String sheet, int row) {
        return new SourceRef(file, row, sheet, null, null, null);
    }

    public static SourceRef pageLine(String file, int page, int line) {
        return new SourceRef(file, line, null, page, null, null);
    }

    public static SourceRef tableRow(String file, int table, int row) {
        return new SourceRef(file, row, null, null, table, null);
    }

    /** A line of a text file, which needs no sheet, page or table to be found. */
    public boolean textLine() {
        return sheet == null && page == null && table == null;
    }

    /** How the column at 0-based {@code index} of this row is named: a sheet's letters, a table's number; null in text. */
    public String columnName(int index) {
        if (sheet != null) {
            StringBuilder sb = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                sb.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return sb.toString();
        }
        return page != null || table != null ? String.valueOf(index + 1) : null;
    }

    /** The same row, narrowed to one column. */
    public SourceRef withColumn(String c) {
        return new SourceRef(file, line, sheet, page, table, c);
    }

    /** A workbook cell in A1 notation ({@code H6}), or null when this is no single sheet cell. */
    public String cell() {
        return sheet != null && column != null && line > 0 ? column + line : null;
    }

    /** Where in the file, without the file name: {@code 第 61 行}, {@code 3-项目!H6}, {@code 第 3 页 第 12 行}. */
    public String place() {
        if (sheet != null) {
            return cell() != null ? sheet + "!" + cell() : line > 0 ? sheet + " 第 " + line + " 行" : sheet;
        }
        String col = column == null ? "" : " 第 " + column + " 列";
        if (page != null) {
            return "第 " + page + " 页" + (line > 0 ? " 第 " + line + " 行" + col : "");
        }
        if (table != null && table == 0) {
            return "正文第 " + line + " 段";
        }
        if (table != null) {
            return "表 " + table + (line > 0 ? " 第 " + line + " 行" + col : "");
        }
        return line > 0 ? "第 " + line + " 行" : "";
    }

    /** {@code file:61} for a text file; {@code file › 3-项目!H6}, {@code file › 第 3 页 第 12 行}, {@code file › 表 2 第 7 行}. */
    @Override
    public String toString() {
        if (textLine()) {
            return line > 0 ? file + ":" + line : file;
        }
        return file + " › " + place();
    }
}
