package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.HeaderField;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Form;
import dev.selfeval.model.Goals;
import dev.selfeval.model.Header;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.Reading;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Total;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of one form, from its title line to the next title, section by section. Labels are
 * found by meaning (whatever column they sit in); what cannot be placed is reported, never dropped.
 */
final class FormParser {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern PAGE_MARKER = Pattern.compile("-\\s*\\d+\\s*-|第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?");

    private enum Section { TOP, FUNDS, GOALS, INDICATORS, TOTAL, END }

    private final String file;
    private final String id;
    private final List<Row> rows;
    private final Template template;
    private final Vocabulary vocabulary;
    private final Set<String> rowLabels;
    private final Problems problems;
    private final Places places = new Places();

    private Section section = Section.TOP;
    private String projectName;
    private String department;
    private String implementingUnit;
    private Integer year;
    private FundTable funds;
    private int goalsExpected = -1;
    private int goalsActual = -1;
    private int goalsLine;
    private final StringBuilder expected = new StringBuilder();
    private final StringBuilder actual = new StringBuilder();
    private IndicatorTable indicators;
    private final List<BigDecimal> totalNumbers = new ArrayList<>();
    private int totalLine;
    private String totalGrade;
    private boolean headerSeen;

    /** Table rows before the file's first form (the end of a form cut off above it): reported, not read. */
    private final List<Row> orphans;

    FormParser(String file, String id, List<Row> rows, List<Row> orphans, Template template, Vocabulary vocabulary) {
        this.file = file;
        this.id = id;
        this.rows = rows;
        this.orphans = orphans;
        this.template = template;
        this.vocabulary = vocabulary;
        this.problems = new Problems(vocabulary);
        this.rowLabels = template.rowLabels();
    }

    /** Rows read of one form at most: a real form has fewer than a hundred; beyond this it is a paste gone wrong. */
    static final int MAX_ROWS = 2_000;

    Form parse() {
        if (!orphans.isEmpty()) {
            places.located(orphans.get(0));
            problems.orphans(orphans);
        }
        Row before = null;
        for (Row row : rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows) {
            if (!row.isBlank() && !pageMarker(row.key(0))) {
                places.row(row);
                problems.fromReader(row, places);
                accept(row, before);
                before = row;
            }
        }
        List<String> missing = checkComplete();
        if (!template.scored()) {
            missing.add(BlockMissing.SCORES);
        }
        List<BigDecimal> t = totalNumbers;
        Total total = t.size() >= 2 ? new Total(t.get(0), t.get(1), totalGrade, totalLine)
                : new Total(null, t.isEmpty() ? null : t.get(0), totalGrade, totalLine);
        int[] counts = places.counts();
        Reading reading = new Reading(complete(missing), problems.gaps(), counts[0], counts[1], places.grid());
        return new Form(id, rows.get(0).at(-1), template.name(),
                new Header(projectName, department, implementingUnit, year),
                funds != null ? funds.unit : "元",
                funds != null ? funds.lines() : FundTable.blankLines(),
                new Goals(blankToNull(expected), blankToNull(actual), goalsLine),
                indicators != null ? indicators.indicators() : List.of(), total, problems.list(), places.build(), missing,
                reading);
    }

    /** The blocks found and read without a gap, in form order. */
    private List<String> complete(List<String> missing) {
        List<String> out = new ArrayList<>();
        List<String> found = new ArrayList<>(List.of(BlockMissing.HEADER, BlockMissing.FUNDS));
        if (goalsLine != 0) {
            found.add(BlockMissing.GOALS);
        }
        found.add(BlockMissing.INDICATORS);
        if (!template.total().isEmpty()) {
            found.add(BlockMissing.TOTAL);
        }
        for (String b : found) {
            if (!missing.contains(b) && problems.gaps().stream().noneMatch(g -> g.block().equals(b))) {
                out.add(b);
            }
        }
        return out;
    }

    /** A page number line ({@code - 3 -}, {@code 第 2 页 共 5 页}); the first character saves the regex on other rows. */
    private static boolean pageMarker(String key) {
        return (key.startsWith("-") || key.startsWith("第")) && PAGE_MARKER.matcher(key).matches();
    }

    private void accept(Row row, Row before) {
        String first = firstKey(row);
        boolean label = Row.startsWithAny(first, rowLabels);
        // Fast path for the rows that are most of a form: data rows inside the funds or indicator table.
        if (section == Section.INDICATORS && !label) {
            if (!indicators.subHeader(row, places)) {
                indicators.accept(row, problems, places);
            }
            return;
        }
        if (section == Section.FUNDS && !label && funds.accept(row, problems, places)) {
            return;
        }
        boolean yearLine = false;
        if (section == Section.TOP && year == null) {
            // cell by cell: no match spans two cells (it used to be searched in the cells joined by " | ")
            for (int i = 0; i < row.size() && year == null; i++) {
                year = year(row.cell(i));
            }
            yearLine = year != null;
        }
        if (headerField(row)) {
            return;
        }
        boolean title = row.line == rows.get(0).line && row.findContaining(template.titles()) >= 0;
        if (title || yearLine) {
            titleCells(row);
            return;
        }
        if (Row.startsWithAny(first, template.ignore())) {
            places.rest(row, 0, Places.IGNORED);
            return;
        }
        // A table's header again (a page break in extracted text repeats it) is skipped: the rows read
        // above it stay in the table.
        FundTable f = FundTable.header(row, template, vocabulary);
        if (f != null) {
            f.labelCells(row, places);
            funds = funds == null ? f : funds;
            section = Section.FUNDS;
            return;
        }
        if (goalsHeader(row)) {
            section = Section.GOALS;
            return;
        }
        IndicatorTable it = IndicatorTable.header(row, before, template, vocabulary);
        if (it != null) {
            it.labelCells(row, places);
            indicators = indicators == null ? it : indicators;
            section = Section.INDICATORS;
            return;
        }
        if (Row.startsWithAny(first, template.total())) {
            section = Section.TOTAL;
            places.role(row, row.find(template.total()), Places.LABEL);
            totalLine = row.line;
            totalNumbers(row, 1);
            return;
        }
        switch (section) {
            case FUNDS -> {
                if (!funds.accept(row, problems, places)) {
                    problems.skipped(row, "项目资金表中无法识别的行", BlockMissing.FUNDS);
                }
            }
            case GOALS -> {
                // a label row here is the next block's first header row (read with it), unless it is the
                // goals label's own second line (年度总体 / 目标)
                if (!label || Row.startsWithAny(first, template.goalLabels())) {
                    goalsText(row);
                }
            }
            case INDICATORS -> indicators.accept(row, problems, places);
            case TOTAL -> {
                if (indicators != null && indicators.looksLikeIndicator(row)) {
                    problems.skipped(row, "在总分行之后，未计入本表的指标和总分；若是漏排的指标，请移到总分行之前",
                            BlockMissing.INDICATORS);
                } else {
                    totalNumbers(row, 0);
                }
            }
            default -> problems.skipped(row, "不在任何表格区域内", section == Section.TOP ? BlockMissing.HEADER : null);
        }
    }

    /** A title cell is long enough for a title and its year: a longer one holds more of the form, run together. */
    private static final int TITLE_CELL = 60;

    /** The cells of a title or year line that hold the title or the year, when they hold nothing much else. */
    private void titleCells(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String c = row.cell(i);
            if (c.length() <= TITLE_CELL && (year(c) != null || containsAny(row.key(i), template.titles()))) {
                places.role(row, i, Places.LABEL);
            }
        }
    }

    private static boolean containsAny(String key, java.util.Collection<String> parts) {
        return parts.stream().anyMatch(key::contains);
    }

    /** The year of a title line: four digits before 年度, full-width digits and spaces folded; null when none. */
    static Integer year(String text) {
        Matcher m = YEAR.matcher(Texts.nfkc(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The goals block's label row: sub-labels for what was planned and what was done (预期目标 |
     * 实际完成情况) give the columns of the rows below; a goals label with its texts beside it and
     * no sub-labels (年度总体目标 | 计划 | 完成) is read as it stands.
     */
    private boolean goalsHeader(Row row) {
        int exp = row.find(template.goalExpected());
        if (exp >= 0) {
            places.role(row, row.find(template.goalLabels()), Places.LABEL);
            places.role(row, exp, Places.LABEL);
            places.role(row, row.find(template.goalActual()), Places.LABEL);
            goalsExpected = exp;
            goalsActual = row.find(template.goalActual());
            goalsLine = row.line;
            places.column(row, "预期目标", goalsExpected);
            places.column(row, "实际完成情况", goalsActual);
            return true;
        }
        int label = row.find(template.goalLabels());
        if (label < 0 || label != firstCell(row) || goalsLine != 0) {
            return false; // (a goals label already read: the rest of it, 目标, on the next line)
        }
        goalsLine = row.line;
        places.role(row, label, Places.LABEL);
        int planned = -1;
        int done = -1;
        for (int i = label + 1; i < row.size(); i++) {
            if (!row.blank(i)) {
                if (planned < 0) {
                    planned = i;
                } else if (done < 0) {
                    done = i;
                }
            }
        }
        if (planned >= 0) {
            goalsExpected = planned;
            goalsActual = done;
            goalsText(row);
        }
        return true;
    }

    private static int firstCell(Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 项目名称, 主管部门 and 实施单位: the value is whatever stands between a label and the next label,
     * or after the label's colon in its own cell (实施单位:某某中心).
     */
    private boolean headerField(Row row) {
        int name = row.find(template.header(HeaderField.PROJECT_NAME));
        int dept = row.find(template.header(HeaderField.DEPARTMENT));
        int unit = row.find(template.header(HeaderField.IMPLEMENTING_UNIT));
        if (name < 0 && dept < 0 && unit < 0) {
            return false;
        }
        int[] labels = {name, dept, unit};
        int[] at = {-1, -1, -1};
        String[] values = new String[3];
        for (int i = 0; i < 3; i++) {
            if (labels[i] >= 0) {
                int next = Integer.MAX_VALUE;
                for (int l : labels) {
                    if (l > labels[i] && l < next) {
                        next = l;
                    }
                }
                // the value is the cell after the label (a merged cell's text is at its first position);
                // cells further on hold other fields the layout has (负责人及电话 | 某某)
                String inCell = afterColon(row.cell(labels[i]));
                int filled = firstFilled(row, labels[i] + 1, next);
                values[i] = blankToNull(inCell != null ? inCell : row.cell(filled));
                at[i] = inCell != null ? labels[i] : filled >= 0 ? filled : labels[i] + 1; // where it is, or should be
            }
        }
        headerSeen = true;
        if (name >= 0) {
            projectName = values[0];
        }
        if (dept >= 0) {
            department = values[1];
        }
        if (unit >= 0) {
            implementingUnit = values[2];
        }
        String[] fields = {"项目名称", "主管部门", "实施单位"};
        for (int i = 0; i < 3; i++) {
            places.role(row, labels[i], Places.LABEL);
            places.column(row, fields[i], at[i]);
        }
        return true;
    }

    /** The first cell from {@code from} (before {@code to}) with text in it, or -1. */
    private static int firstFilled(Row row, int from, int to) {
        for (int i = from; i < Math.min(to, row.size()); i++) {
            if (!row.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A row of the goals' texts, under the columns of their sub-labels; a row whose texts all stand
     * left of those columns (a web page's table that dropped the merged cells before them) is read
     * in order: the first text is the expected, the second the actual.
     */
    private void goalsText(Row row) {
        int first = firstCell(row);
        if (first >= 0 && first < goalsExpected && row.join(goalsExpected, Integer.MAX_VALUE).isEmpty()) {
            int second = firstFilled(row, first + 1, Integer.MAX_VALUE);
            expected.append(row.cell(first));
            places.role(row, first, "预期目标");
            if (second >= 0) {
                actual.append(row.cell(second));
                places.role(row, second, "实际完成情况");
            }
            return;
        }
        int split = goalsActual >= 0 ? goalsActual : Integer.MAX_VALUE;
        expected.append(row.join(goalsExpected, split));
        for (int i = goalsExpected; i < Math.min(split, row.size()); i++) {
            places.role(row, i, "预期目标");
        }
        if (goalsActual >= 0) {
            actual.append(row.join(goalsActual, Integer.MAX_VALUE));
            places.rest(row, goalsActual, "实际完成情况");
        }
        places.rest(row, 0, Places.LABEL); // the goals label's own second line (年度总体 / 目标)
    }

    /**
     * The 总分 numbers: weight then score in order, in this row or, in some extractions, the rows
     * after it; a lone number under the 分值 column is the weight (a blank score is blank, not the weight).
     */
    private void totalNumbers(Row row, int from) {
        if (from == 1 && indicators != null && byColumns(row)) {
            return;
        }
        for (int i = from; i < row.size() && totalGrade == null; i++) {
            if (totalNumbers.size() == 2) {
                // the grade some layouts write after the score in the total row (总分 | 100 | 92.5 | 优)
                if (row.line == totalLine && !row.blank(i) && row.number(i) == null && !vocabulary.isBlank(row.cell(i))) {
                    places.column(row, "等级", i);
                    totalGrade = row.cell(i).strip();
                }
                continue;
            }
            if (row.problem(i) != null) {
                totalNumbers.add(null); // an unreadable cell keeps its place: weight, then score
                continue;
            }
            if (row.blank(i)) {
                continue;
            }
            BigDecimal n = problems.number(row, i, Problems.UNREADABLE, "", "", "总分");
            if (n != null) {
                places.column(row, totalNumbers.isEmpty() ? "分值" : "得分", i);
                totalNumbers.add(n);
            }
        }
    }

    /**
     * A total row with one number only: under the indicator table's 分值 column (nearer to it than to
     * 得分) it is the weight, and the score is blank; answers whether it was read so.
     */
    private boolean byColumns(Row row) {
        int w = indicators.weightColumn();
        int sc = indicators.scoreColumn();
        int only = -1;
        for (int i = 1; i < row.size(); i++) {
            if (row.number(i) != null || row.problem(i) != null) {
                if (only >= 0) {
                    return false; // two numbers or more: weight and score, in order
                }
                only = i;
            }
        }
        if (only < 0 || w < 0 || sc < 0 || Math.abs(only - w) >= Math.abs(only - sc) || row.problem(only) != null) {
            return false;
        }
        places.column(row, "分值", only);
        totalNumbers.add(row.number(only));
        totalNumbers.add(null);
        return true;
    }

    /**
     * The blocks not found, each named as {@link BlockMissing} names it, and one PARSE finding for them
     * all, saying what was looked for and where: the rules that need a missing block stay quiet. (A
     * form without a 年度总体目标 row is read whole: FORM-GOAL-MISSING says its goals are blank.)
     */
    private List<String> checkComplete() {
        List<Row> read = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
        Row last = read.get(read.size() - 1);
        for (int i = read.size() - 1; i >= 0; i--) {
            if (!read.get(i).isBlank()) {
                last = read.get(i);
                break;
            }
        }
        String over = read == rows ? "" : "；其后 " + (rows.size() - MAX_ROWS) + " 行（" + rows.get(MAX_ROWS).at(-1).place()
                + "起）超出每张表 " + MAX_ROWS + " 行的上限，未读也未审核（一张自评表通常不到 100 行：请检查是否重复粘贴，或几张表之间缺了标题）";
        boolean noTotal = totalLine == 0 && !template.total().isEmpty();
        String cut = "";
        Row dropped = noTotal && indicators != null ? indicators.dropCutLast() : null;
        if (dropped != null) {
            problems.forget(dropped.line);
            cut = "；最后一项指标所在的" + dropped.at(-1).place() + "只读到一部分（" + dropped.text() + "），随表尾一起缺失，未审核";
        }
        List<String> blocks = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (!headerSeen) {
            blocks.add(BlockMissing.HEADER);
            what.add("表头（项目名称、主管部门、实施单位）");
        }
        if (funds == null || !funds.hasTotal()) {
            blocks.add(BlockMissing.FUNDS);
            what.add(funds == null ? "项目资金表" : "项目资金表的年度资金总额行");
        }
        if (indicators == null || indicators.indicators().isEmpty()) {
            blocks.add(BlockMissing.INDICATORS);
            what.add(indicators == null ? "绩效指标表" : "绩效指标行");
        }
        if (noTotal) {
            blocks.add(BlockMissing.TOTAL);
            what.add("总分行");
        }
        if (!blocks.isEmpty()) {
            problems.add(Problems.UNREADABLE, last.line, "表格", "", "表格不完整：从" + rows.get(0).at(-1).place() + "读到"
                    + last.at(-1).place() + "，按表式「" + template.name() + "」未找到" + String.join("、", what)
                    + "，表格可能被截断或格式不同" + cut + over + "；依赖这些部分的规则不运行，已读出的其余内容照常审核。"
                    + "若本表是另一种表式，请在规则目录 templates/ 中为它写模板（见 docs/templates.md）");
        } else if (!over.isEmpty()) {
            problems.add(Problems.UNREADABLE, rows.get(MAX_ROWS).line, "表格", "", "表格只读了" + rows.get(0).at(-1).place() + "到"
                    + last.at(-1).place() + over);
        }
        return blocks;
    }

    /** The value written in a label's own cell after its colon (实施单位:某某中心), or null when there is none. */
    private static String afterColon(String cell) {
        int colon = Math.max(cell.indexOf(':'), cell.indexOf('：'));
        if (colon < 0 || colon == cell.length() - 1) {
            return null;
        }
        String value = cell.substring(colon + 1).strip();
        return value.isEmpty() || value.matches("[(（][^)）]*[)）]") ? null : value;
    }

    private static String firstKey(Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.blank(i)) {
                return row.key(i);
            }
        }
        return "";
    }

    private static String blankToNull(CharSequence s) {
        String t = s.toString().strip();
        return t.isEmpty() ? null : t;
    }
}
