package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.Total;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 总分 row: weight then score in order, in this row or, in some extractions, the rows after it
 * that start with a number; the grade some layouts write after the score (总分 | 100 | 92.5 | 优).
 * A row after it that starts with words (偏差大或目标未完成原因分析, 签名) ends it.
 */
final class TotalRow {
    private final Template template;
    private final Vocabulary vocabulary;
    private final Places places;
    private final Problems problems;
    private final List<BigDecimal> numbers = new ArrayList<>();
    private int line;
    /** The label key the row was read under (总分, 合计). */
    private String label;
    private String grade;
    private boolean ended;

    TotalRow(Template template, Vocabulary vocabulary, Places places, Problems problems) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.places = places;
        this.problems = problems;
    }

    /**
     * Whether a row whose first filled cell is {@code first} is the total's. The template's other total
     * words (合计, 小计: also a funds total's or a group's subtotal) count only below the indicator table's
     * header; its first (总分) anywhere.
     */
    boolean heads(String first, boolean belowIndicatorHeader) {
        return Row.startsWithAny(first, template.total()) && (belowIndicatorHeader || !subtotalWord(first));
    }

    /** Whether a label is one of the template's total words after its first (合计, 小计), which a group's subtotal may carry. */
    private boolean subtotalWord(String key) {
        return !key.startsWith(template.total().get(0));
    }

    /**
     * The 总分 row itself, its label at {@code label}; {@code indicators} places a lone number under 分值 or
     * 得分. A 合计 row read before it was the last group's subtotal.
     */
    void start(Row row, int label, IndicatorTable indicators) {
        if (found()) {
            subtotal(); // 合计 above the 总分 row: the last group's subtotal
        }
        line = row.line;
        this.label = row.key(label);
        places.role(row, label, Places.LABEL);
        if (indicators == null || !byColumns(row, indicators)) {
            numbers(row, label + 1);
        }
    }

    /**
     * Whether the row read as the total is a group's subtotal, the indicator table going on below it: a
     * row under one of the template's other total words (合计, 小计) may be either. It is then forgotten.
     */
    boolean subtotal() {
        if (!subtotalWord(label)) {
            return false;
        }
        numbers.clear();
        line = 0;
        grade = null;
        ended = false;
        return true;
    }

    /** A row after the 总分 row: the numbers it still lacks; answers false for a row that is not the total's. */
    boolean more(Row row) {
        int first = row.firstFilled(0, row.size());
        ended |= first >= 0 && row.points(first, vocabulary) == null && row.problem(first) == null && !vocabulary.isBlank(row.cell(first));
        if (!ended) {
            numbers(row, 0);
        }
        return !ended;
    }

    private void numbers(Row row, int from) {
        for (int i = from; i < row.size() && grade == null; i++) {
            if (!row.blank(i) && vocabulary.layout().pageNumber(row.key(i))) {
                places.role(row, i, Places.IGNORED); // the page's number a PDF printed after the row (- 1 -)
                continue;
            }
            if (numbers.size() == 2) {
                if (row.line == line && !row.blank(i) && row.points(i, vocabulary) == null && !vocabulary.isBlank(row.cell(i))) {
                    places.column(row, "等级", i);
                    grade = row.cell(i).strip();
                }
                continue;
            }
            if (row.problem(i) != null) {
                numbers.add(null); // an unreadable cell keeps its place: weight, then score
                continue;
            }
            if (row.blank(i)) {
                continue;
            }
            BigDecimal n = problems.points(row, i, Problems.UNREADABLE, "", "", "总分");
            if (n != null) {
                places.column(row, numbers.isEmpty() ? "分值" : "得分", i);
                numbers.add(n);
            }
        }
    }

    /**
     * A total row with one number only: under the indicator table's 分值 column (nearer to it than to
     * 得分) it is the weight, and the score is blank (not the weight); in a table without a 分值 column
     * it is the score. Answers whether it was read so.
     */
    private boolean byColumns(Row row, IndicatorTable indicators) {
        int w = indicators.weightColumn();
        int sc = indicators.scoreColumn();
        int only = -1;
        for (int i = 1; i < row.size(); i++) {
            if (row.points(i, vocabulary) != null || row.problem(i) != null) {
                if (only >= 0) {
                    return false; // two numbers or more: weight and score, in order
                }
                only = i;
            }
        }
        if (only >= 0 && w < 0 && sc >= 0 && row.problem(only) == null) {
            places.column(row, "得分", only);
            numbers.add(null);
            numbers.add(row.points(only, vocabulary));
            return true;
        }
        if (only < 0 || w < 0 || sc < 0 || Math.abs(only - w) >= Math.abs(only - sc) || row.problem(only) != null) {
            return false;
        }
        places.column(row, "分值", only);
        numbers.add(row.points(only, vocabulary));
        numbers.add(null);
        return true;
    }

    /** Whether the 总分 row was found. */
    boolean found() {
        return line != 0;
    }

    Total total() {
        return numbers.size() >= 2 ? new Total(numbers.get(0), numbers.get(1), grade, line)
                : new Total(null, numbers.isEmpty() ? null : numbers.get(0), grade, line);
    }
}
