package dev.selfeval.ingest.parse;

import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Form;
import dev.selfeval.model.Goals;
import dev.selfeval.model.Header;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
    private final Problems problems = new Problems();
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
    private boolean headerSeen;

    FormParser(String file, String id, List<Row> rows) {
        this.file = file;
        this.id = id;
        this.rows = rows;
    }

    Form parse() {
        for (Row row : rows) {
            if (!row.isBlank() && !pageMarker(row.key(0))) {
                places.row(row);
                problems.fromReader(row, places);
                accept(row);
            }
        }
        List<String> missing = checkComplete();
        List<BigDecimal> t = totalNumbers;
        Total total = t.size() >= 2 ? new Total(t.get(0), t.get(1), totalLine)
                : new Total(null, t.isEmpty() ? null : t.get(0), totalLine);
        return new Form(id, rows.get(0).at(-1),
                new Header(projectName, department, implementingUnit, year),
                funds != null ? funds.unit : "元",
                funds != null ? funds.lines() : FundTable.blankLines(),
                new Goals(blankToNull(expected), blankToNull(actual), goalsLine),
                indicators != null ? indicators.indicators() : List.of(), total, problems.list(), places.build(), missing);
    }

    /** A page number line ({@code - 3 -}, {@code 第 2 页 共 5 页}); the first character saves the regex on other rows. */
    private static boolean pageMarker(String key) {
        return (key.startsWith("-") || key.startsWith("第")) && PAGE_MARKER.matcher(key).matches();
    }

    /** Labels that start a header, a table or the total; a row starting with none of them is data. */
    private static final String[] LABELS = {"项目名称", "主管部门", "实施单位", "项目资金", "年度", "绩效", "预期目标",
        "一级指标", "总分", "目标"};

    private void accept(Row row) {
        String first = firstKey(row);
        // Fast path for the rows that are most of a form: data rows inside the funds or indicator table.
        if (section == Section.INDICATORS && !label(first)) {
            indicators.accept(row, problems, places);
            return;
        }
        if (section == Section.FUNDS && !label(first) && funds.accept(row, problems, places)) {
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
        boolean title = row.line == rows.get(0).line && row.findContaining("绩效自评表") >= 0;
        if (title || yearLine) {
            return;
        }
        FundTable f = FundTable.header(row);
        if (f != null) {
            funds = f;
            section = Section.FUNDS;
            return;
        }
        if (row.find("预期目标") >= 0) {
            goalsExpected = row.find("预期目标");
            goalsActual = row.find("实际完成");
            goalsLine = row.line;
            places.column(row, "预期目标", goalsExpected);
            places.column(row, "实际完成情况", goalsActual);
            section = Section.GOALS;
            return;
        }
        IndicatorTable it = IndicatorTable.header(row);
        if (it != null) {
            indicators = it;
            section = Section.INDICATORS;
            return;
        }
        if (first.startsWith("总分")) {
            section = Section.TOTAL;
            totalLine = row.line;
            totalNumbers(row, 1);
            return;
        }
        switch (section) {
            case FUNDS -> {
                if (!funds.accept(row, problems, places)) {
                    problems.skipped(row, "项目资金表中无法识别的行");
                }
            }
            case GOALS -> goalsText(row);
            case INDICATORS -> indicators.accept(row, problems, places);
            case TOTAL -> totalNumbers(row, 0);
            default -> problems.skipped(row, "不在任何表格区域内");
        }
    }

    /** The year of a title line: four digits before 年度, full-width digits and spaces folded; null when none. */
    static Integer year(String text) {
        Matcher m = YEAR.matcher(Texts.nfkc(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** 项目名称, 主管部门 and 实施单位: the value is whatever stands between a label and the next label. */
    private boolean headerField(Row row) {
        int name = row.find("项目名称");
        int dept = row.find("主管部门");
        int unit = row.find("实施单位");
        if (name < 0 && dept < 0 && unit < 0) {
            return false;
        }
        int[] labels = {name, dept, unit};
        String[] values = new String[3];
        for (int i = 0; i < 3; i++) {
            if (labels[i] >= 0) {
                int next = Integer.MAX_VALUE;
                for (int l : labels) {
                    if (l > labels[i] && l < next) {
                        next = l;
                    }
                }
                values[i] = blankToNull(row.join(labels[i] + 1, next));
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
            places.column(row, fields[i], labels[i] >= 0 ? labels[i] + 1 : -1);
        }
        return true;
    }

    private void goalsText(Row row) {
        int split = goalsActual >= 0 ? goalsActual : Integer.MAX_VALUE;
        expected.append(row.join(goalsExpected, split));
        if (goalsActual >= 0) {
            actual.append(row.join(goalsActual, Integer.MAX_VALUE));
        }
    }

    /** The 总分 numbers: weight then score, in this row or, in some extractions, the rows after it. */
    private void totalNumbers(Row row, int from) {
        for (int i = from; i < row.size() && totalNumbers.size() < 2; i++) {
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
     * The blocks not found, each named as {@link BlockMissing} names it, and one PARSE finding for them
     * all, saying what was looked for and where: the rules that need a missing block stay quiet. (A
     * form without a 年度总体目标 row is read whole: FORM-GOAL-MISSING says its goals are blank.)
     */
    private List<String> checkComplete() {
        Row last = rows.get(rows.size() - 1);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                last = rows.get(i);
                break;
            }
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
        if (totalLine == 0) {
            blocks.add(BlockMissing.TOTAL);
            what.add("总分行");
        }
        if (!blocks.isEmpty()) {
            problems.add(Problems.UNREADABLE, last.line, "表格", "", "表格不完整：从" + rows.get(0).at(-1).place() + "读到"
                    + last.at(-1).place() + "，未找到" + String.join("、", what) + "，表格可能被截断或格式不同；"
                    + "依赖这些部分的规则不运行，已读出的其余内容照常审核");
        }
        return blocks;
    }

    private static boolean label(String firstKey) {
        for (String l : LABELS) {
            if (firstKey.startsWith(l)) {
                return true;
            }
        }
        return false;
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
