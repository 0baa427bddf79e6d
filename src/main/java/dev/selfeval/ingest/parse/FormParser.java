package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Form;
import dev.selfeval.model.Header;
import dev.selfeval.model.Reading;
import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of one form, from its title line to the next title, section by section. Labels are
 * found by meaning (whatever column they sit in); what cannot be placed is reported, never dropped.
 */
final class FormParser {

    /** UNREAD_INDICATORS: under an indicator header that lacks a column ({@link IndicatorHeaderMiss}). */
    private enum Section { TOP, FUNDS, GOALS, INDICATORS, UNREAD_INDICATORS, TOTAL, END }

    private final String file;
    private final String id;
    private final List<Row> rows;
    private final Template template;
    private final Vocabulary vocabulary;
    private final List<String> rowLabels;
    private final Problems problems;
    private final Places places = new Places();

    private Section section = Section.TOP;
    private final HeaderBlock header;
    private final GoalsBlock goals;
    private final TotalRow total;
    private final ReasonRows reasons;
    private final TitleRows titleRows;
    private Integer year;
    private FundBlock funds;
    private IndicatorTable indicators;
    private IndicatorHeaderMiss headerMiss;
    /** Whether the row before was a note's (template ignore). */
    private boolean noteOpen;
    /** The money unit a note above the funds block names (单位：万元), or null. */
    private String noteUnit;

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
        this.header = new HeaderBlock(template, places);
        this.goals = new GoalsBlock(template, places);
        this.total = new TotalRow(template, vocabulary, places, problems);
        this.reasons = new ReasonRows(template, places);
        this.titleRows = new TitleRows(rows, rowLabels);
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
            ReadBudget.check();
            if (!row.isBlank() && !vocabulary.layout().pageNumber(row.key(0))) {
                places.row(row);
                problems.fromReader(row, places);
                accept(row, before);
                before = row;
            }
        }
        List<String> missing = checkComplete();
        missing.addAll(template.lacks(scored()));
        int[] counts = places.counts();
        Reading reading = new Reading(complete(missing), problems.gaps(), counts[0], counts[1], places.grid(), problems.amountStep(),
                indicators == null || indicators.hasReasonColumn());
        return new Form(id, rows.get(0).at(-1), template.name(),
                new Header(header.projectName(), header.department(), header.implementingUnit(), year,
                        vocabulary.layout().projectCode(header.projectName())),
                funds != null ? funds.unit() : vocabulary.baseMoneyUnit(),
                funds != null ? funds.lines() : FundBlock.blankLines(),
                goals.goals(), indicators != null ? indicators.indicators() : List.of(),
                indicators != null ? indicators.level1Weights() : List.of(), total.total(), reasons.reasons(funds), problems.list(),
                places.build(), missing,
                reading);
    }

    /**
     * Whether the form is scored: its template has 分值 and 得分 columns and its indicator table has at
     * least one of them (a 绩效目标自评表 under a 自评表 title has neither, and no 总分 row to look for).
     */
    private boolean scored() {
        return template.scored() && (indicators == null || indicators.weightColumn() >= 0 || indicators.scoreColumn() >= 0);
    }

    /** The blocks found and read without a gap, in form order. */
    private List<String> complete(List<String> missing) {
        List<String> out = new ArrayList<>();
        List<String> found = new ArrayList<>(List.of(BlockMissing.HEADER, BlockMissing.FUNDS));
        if (goals.found()) {
            found.add(BlockMissing.GOALS);
        }
        found.add(BlockMissing.INDICATORS);
        if (!template.total().isEmpty() && scored()) {
            found.add(BlockMissing.TOTAL);
        }
        for (String b : found) {
            if (!missing.contains(b) && problems.gaps().stream().noneMatch(g -> g.block().equals(b))) {
                out.add(b);
            }
        }
        return out;
    }

    private void accept(Row row, Row before) {
        boolean wasNote = noteOpen;
        noteOpen = false;
        for (int i = 0; funds == null && noteUnit == null && i < row.size(); i++) {
            noteUnit = row.blank(i) ? null : vocabulary.unitNote(row.cell(i));
        }
        if (titleRows.repeats(row)) {
            places.rest(row, 0, Places.LABEL); // the title rows printed again at a page's top
            return;
        }
        String first = row.firstKey();
        boolean label = Row.startsWithAny(first, rowLabels);
        boolean afterIndicators = section == Section.TOTAL || indicators != null && !indicators.indicators().isEmpty();
        if (reasons.text(row, label) || label && afterIndicators && reasons.label(row, first)) {
            section = section == Section.TOTAL ? section : Section.END; // the rows after it are no indicator's
            return;
        }
        // A row inside the funds or indicator table that starts with no block's label is that table's,
        // whatever its other cells say (an indicator named 项目名称… is no header row).
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
                year = vocabulary.layout().year(row.cell(i));
            }
            yearLine = year != null;
        }
        if (header.pendingValue(row, label) || header.accept(row)) {
            return;
        }
        boolean title = row.line == rows.get(0).line && row.findContaining(template.titles()) >= 0;
        if (title || yearLine) {
            TitleRows.titleCells(row, template.titles(), vocabulary, places);
            return;
        }
        // a note (改进措施：…) and the lines of one cell under it (its paragraph wrapped by a PDF's page)
        if (Row.startsWithAny(first, template.ignore()) || wasNote && !label && row.oneCell()) {
            places.rest(row, 0, Places.IGNORED);
            noteOpen = true;
            return;
        }
        // A table's header again (a page break in extracted text repeats it) is skipped: the rows read
        // above it stay in the table.
        FundBlock f = FundBlock.header(row, template, vocabulary, noteUnit);
        if (f != null) {
            f.labelCells(row, places);
            funds = funds == null ? f : funds;
            section = Section.FUNDS;
            return;
        }
        if (goals.header(row)) {
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
        IndicatorHeaderMiss miss = indicators == null && headerMiss == null ? IndicatorHeaderMiss.of(row, before, template) : null;
        if (miss != null) {
            headerMiss = miss;
            section = Section.UNREAD_INDICATORS;
            return;
        }
        if (total.heads(first, indicators != null || headerMiss != null)) {
            section = Section.TOTAL;
            total.start(row, row.find(template.total()), indicators);
            return;
        }
        switch (section) {
            case FUNDS -> {
                if (!funds.accept(row, problems, places)) {
                    problems.skipped(row, "项目资金表中无法识别的行", BlockMissing.FUNDS);
                }
            }
            case GOALS -> {
                // a label row here is the next block's first header row (read with it) and ends the goals, unless
                // it is the goals label's own second line (年度总体 / 目标)
                boolean own = !label || Row.startsWithAny(first, template.goalLabels());
                if (own) {
                    goals.text(row);
                }
                section = own ? section : Section.END;
            }
            case INDICATORS -> {
                if (row.firstFilled(row.find(template.indicatorLabels()) + 1, Integer.MAX_VALUE) < 0 && label) {
                    places.rest(row, 0, Places.LABEL); // the block's label alone: its merged cell again after a page break
                } else {
                    indicators.accept(row, problems, places);
                }
            }
            case UNREAD_INDICATORS -> problems.skipped(row, "绩效指标表的表头不全，见本表的读表错误", BlockMissing.INDICATORS);
            case TOTAL -> {
                boolean indicator = indicators != null && indicators.looksLikeIndicator(row);
                if (indicator && total.subtotal()) {
                    section = Section.INDICATORS; // the 合计 row above was a group's subtotal: the table goes on
                    indicators.accept(row, problems, places);
                } else if (indicator) {
                    problems.skipped(row, "在总分行之后，未计入本表的指标和总分；若是漏排的指标，请移到总分行之前",
                            BlockMissing.INDICATORS);
                } else if (!total.more(row)) {
                    problems.skipped(row, "在总分行之后，不属于任何表格区域", null);
                }
            }
            default -> problems.skipped(row, "不在任何表格区域内", section == Section.TOP ? BlockMissing.HEADER : null);
        }
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
        boolean noTotal = !total.found() && !template.total().isEmpty() && scored();
        String cut = "";
        Row dropped = noTotal && indicators != null ? indicators.dropCutLast() : null;
        if (dropped != null) {
            problems.forget(dropped.line);
            cut = "；最后一项指标所在的" + dropped.at(-1).place() + "只读到一部分（" + dropped.text() + "），随表尾一起缺失，未审核";
        }
        List<String> blocks = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (!header.seen()) {
            blocks.add(BlockMissing.HEADER);
            what.add("表头（项目名称、主管部门、实施单位）");
        }
        if (funds == null || !funds.hasTotal()) {
            blocks.add(BlockMissing.FUNDS);
            what.add(funds == null ? "项目资金表" : "项目资金表的年度资金总额行");
        }
        if (indicators == null || indicators.indicators().isEmpty()) {
            blocks.add(BlockMissing.INDICATORS);
            what.add(indicators != null ? "绩效指标行" : headerMiss != null ? "绩效指标表（" + headerMiss.describe() + "）" : "绩效指标表");
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
}
