package dev.selfeval.ingest.parse;

import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.ReadGap;
import dev.selfeval.model.ReadProblem;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects what the reader could not take in while it reads one form. */
final class Problems {
    static final String UNREADABLE = "PARSE-UNREADABLE";
    static final String SKIPPED_ROW = "PARSE-SKIPPED-ROW";
    static final String HIDDEN = "PARSE-HIDDEN";
    static final String BAD_NUMBER = "IND-BAD-NUMBER";

    /** What a spreadsheet prints for a number too wide for its column. */
    private static final Pattern NOT_SHOWN = Pattern.compile("#{2,}");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final List<ReadProblem> list = new ArrayList<>();
    private final List<ReadGap> gaps = new ArrayList<>();
    private final Vocabulary vocabulary;
    private final Set<Integer> printedScales = new HashSet<>();
    private int centScale;

    Problems(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void add(String code, int line, String field, String text, String message) {
        list.add(new ReadProblem(code, line, field, text, message));
    }

    /** Forgets what was recorded on a row that is no longer read (cut off with the table's end). */
    void forget(int line) {
        list.removeIf(p -> p.line() == line);
        forgetGaps(line);
    }

    /**
     * Rows before the file's first form that look like a table's: the end of a form whose start is
     * not in the file. One finding for them all, at the first.
     */
    void orphans(List<Row> rows) {
        Row first = rows.get(0);
        Row last = rows.get(rows.size() - 1);
        String span = rows.size() == 1 ? first.at(-1).place() : first.at(-1).place() + "至" + last.at(-1).place()
                + "（" + rows.size() + " 行）";
        add(SKIPPED_ROW, first.line, "", first.text(), span + "在第一张表的标题之前，不属于任何一张表（可能是上一张表的结尾，"
                + "其开头不在本文件中），未审核：" + first.text() + (rows.size() > 1 ? " …" : ""));
    }

    /**
     * A row that was not understood and was left out; inside a block ({@code block} not null) it is
     * also a gap in that block, which the rules that need the block whole see.
     */
    void skipped(Row row, String why, String block) {
        add(SKIPPED_ROW, row.line, "", row.text(), row.at(-1).place() + "未能识别，已略过（" + why + "）：" + row.text());
        if (block != null && couldHoldData(row, block)) {
            gap(row, block, why);
        }
    }

    /**
     * Whether a skipped row could hold what the block's rules add up: a fund row a number, any other row
     * a number or two cells or more. A lone note (（盖章）, 其中：) holds nothing a sum or a weight needs.
     */
    private static boolean couldHoldData(Row row, String block) {
        int filled = 0;
        for (int i = 0; i < row.size(); i++) {
            if (row.number(i) != null || spacedNumber(row.cell(i))) {
                return true;
            }
            filled += row.blank(i) ? 0 : 1;
        }
        return !block.equals(BlockMissing.FUNDS) && filled >= 2;
    }

    /** Whether a cell of words run together with spaces has a number among them (… 受益群体满意度 90% 90% 15 15). */
    private static boolean spacedNumber(String cell) {
        String[] words = SPACES.split(cell.strip());
        for (int w = 0; words.length > 1 && w < words.length; w++) {
            if (Numbers.isNumber(words[w])) {
                return true;
            }
        }
        return false;
    }

    /** A row of a block read only in part: a gap in that block. */
    void gap(Row row, String block, String why) {
        String label = "";
        for (int i = 0; i < row.size() && label.isEmpty(); i++) {
            label = row.cell(i).strip();
        }
        gap(row, block, label, why);
    }

    /** A gap whose label not understood is not the row's first cell (a column's name in the header above). */
    void gap(Row row, String block, String label, String why) {
        gaps.add(new ReadGap(block, row.line, label, row.text(), why));
    }

    /** Forgets the gaps of rows that are no longer read (cut off with the table's end). */
    private void forgetGaps(int line) {
        gaps.removeIf(g -> g.line() == line);
    }

    List<ReadGap> gaps() {
        return gaps;
    }

    /** An amount read as printed, not as stored (see {@link #amountStep}); {@code cent}: 0.01 元 in the block's unit. */
    void printed(BigDecimal amount, BigDecimal cent) {
        if (amount.signum() != 0) {
            printedScales.add(amount.scale());
            centScale = cent.scale();
        }
    }

    /**
     * The step the amounts read as printed were rounded to ({@link dev.selfeval.model.Reading#amountStep}):
     * when every amount but 0 shows the same decimals, fewer than the cent needs (a number format such
     * as 0.00 in 万元). Amounts with decimals of different lengths, or none, show all they have (a
     * spreadsheet's general format): exact, null.
     */
    BigDecimal amountStep() {
        int scale = printedScales.size() == 1 ? printedScales.iterator().next() : 0;
        return scale > 0 && scale < centScale ? BigDecimal.ONE.movePointLeft(scale) : null;
    }

    /**
     * The number in a cell, or null when it is blank or unreadable; an unreadable cell is recorded
     * under {@code code} with the field named {@code before + subject + after}.
     */
    BigDecimal number(Row row, int col, String code, String before, String subject, String after) {
        BigDecimal n = row.number(col);
        if (n == null && !vocabulary.isBlank(row.cell(col))) {
            String name = before + subject + after;
            String text = row.cell(col);
            String why = NOT_SHOWN.matcher(text).matches() ? "是表格软件在列宽不足时显示的符号，数值没有印出来"
                    : Numbers.outOfRange(text) ? Numbers.implausible() : "不是数字";
            String shown = Texts.shown(text);
            add(code, row.line, name, shown, row.at(col).place() + " " + name + "「" + shown + "」" + why + "，按空白处理");
        }
        return n;
    }

    /** A 分值 or 得分: the number in the cell, or before a unit of points (20分, vocabulary.yaml points); see {@link #number}. */
    BigDecimal points(Row row, int col, String code, String before, String subject, String after) {
        BigDecimal n = row.points(col, vocabulary);
        return n != null ? n : number(row, col, code, before, subject, after);
    }

    /** What the format reader said about the row and its cells (a hidden row; a formula without a result). */
    void fromReader(Row row, Places places) {
        if (row.grid.note() != null) {
            add(HIDDEN, row.line, "行", row.text(), row.at(-1).place() + " " + row.grid.note() + "，已照常读取：" + row.text());
        }
        if (row.grid.damaged() != null) {
            add(UNREADABLE, row.line, "行", row.text(), row.at(-1).place() + "有无法解码的字节 " + row.grid.damaged()
                    + "（文件在此处损坏），显示为 �，其余照常读取：" + row.text());
        }
        for (int i = 0; i < row.grid.cells().size(); i++) {
            String problem = row.problem(i);
            if (problem != null) {
                String column = row.at(-1).columnName(i);
                String field = column == null ? "单元格" : "单元格 " + column;
                places.column(row, field, i);
                add(UNREADABLE, row.line, field, "", row.at(i).place() + " " + problem + "，按空白处理");
            }
        }
    }

    List<ReadProblem> list() {
        return list;
    }
}
