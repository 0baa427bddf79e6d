package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.IndicatorColumn;
import dev.selfeval.model.BlockMissing;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Level1Weight;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator table. Columns come from its header row (by the template's labels), or its two
 * header rows: one may name 年度指标值 over 指标性质 | 指标值 | 度量单位, read as one target. Data rows
 * may sit a column or two left or right of the header; each row is read at the shift under which it
 * makes most sense ({@link RowShift}). A blank level-1 or level-2 cell repeats the row above (merged
 * cells); a row with only level names sets them for the rows below.
 */
final class IndicatorTable {
    private final Template template;
    private final Vocabulary vocabulary;
    private final Map<IndicatorColumn, Integer> col;
    private final IndicatorCells cells;
    private final RowShift shifts;
    private final List<Indicator> indicators = new ArrayList<>();
    private String currentLevel1;
    private String currentLevel2;
    /** The last indicator's row when it stops before its 得分 (or, unscored, its 实际完成值) column. */
    private Row endsEarly;
    /** The last indicator's name carries a breakdown mark (★): unscored rows below it are its breakdown. */
    private boolean marked;
    /** The last indicator's row, or its last line (see {@link #wrapped}), and the shift it was read at. */
    private Row lastRow;
    private int lastShift;
    private final CutLevelLabel cutLabel = new CutLevelLabel();
    private final Level1Weights level1Weights;

    private IndicatorTable(Template template, Vocabulary vocabulary, Map<IndicatorColumn, Integer> col, Row header) {
        this.template = template;
        this.vocabulary = vocabulary;
        this.col = col;
        this.cells = new IndicatorCells(col, header);
        this.shifts = new RowShift(col, template, vocabulary);
        this.level1Weights = new Level1Weights(template.weightsInLevel1Names(), vocabulary);
    }

    /**
     * A header row: it names the indicator's name and, with the row before it (a two-row header),
     * its target and actual, and 分值 and 得分 when the template scores (a table with neither is an
     * unscored one, a 绩效目标自评表); else null.
     */
    static IndicatorTable header(Row row, Row before, Template template, Vocabulary vocabulary) {
        Map<IndicatorColumn, Integer> col = IndicatorColumns.of(row, before, template);
        return col != null && IndicatorColumns.lacking(col, template).isEmpty() ? new IndicatorTable(template, vocabulary, col, row) : null;
    }

    /** The header row's cells this table took in: the block's label and its columns' names. */
    void labelCells(Row row, Places places) {
        places.role(row, row.find(template.indicatorLabels()), Places.LABEL);
        col.values().forEach(c -> places.role(row, c, Places.LABEL));
    }

    /**
     * A second header row below the first (指标性质 | 指标值 | 度量单位 under 年度指标值): its columns are
     * taken in; answers whether the row was one.
     */
    boolean subHeader(Row row, Places places) {
        if (!indicators.isEmpty()) {
            return false;
        }
        Map<IndicatorColumn, Integer> below = Labels.columns(row, 0, IndicatorColumn.values(), template::indicatorColumn);
        boolean any = false;
        for (IndicatorColumn c : new IndicatorColumn[] {IndicatorColumn.COMPARATOR, IndicatorColumn.VALUE, IndicatorColumn.UNIT}) {
            if (below.get(c) >= 0) {
                cells.put(c, below.get(c));
                places.role(row, below.get(c), Places.LABEL);
                any = true;
            }
        }
        return any;
    }

    private int at(IndicatorColumn c) {
        return cells.at(c);
    }

    private int cell(IndicatorColumn c) {
        return cells.cell(c);
    }

    void accept(Row row, Problems problems, Places places) {
        cutLabel.next(row, indicators, cell(IndicatorColumn.LEVEL1), vocabulary);
        if (wrapped(row)) {
            Indicator last = indicators.get(indicators.size() - 1).continued(cells.target(row), cells.actual(row),
                    cells.reasonRest(row), vocabulary).namesContinued(part(row, IndicatorColumn.LEVEL1), part(row, IndicatorColumn.LEVEL2),
                    row.blank(cell(IndicatorColumn.NAME)) ? null : row.cell(cell(IndicatorColumn.NAME)).strip(), vocabulary);
            indicators.set(indicators.size() - 1, last);
            currentLevel1 = last.level1();
            currentLevel2 = last.level2() == null ? null : vocabulary.fullLevelName(last.level2());
            cells.record(row, places);
            lastRow = row;
            lastShift = cells.shift();
            return;
        }
        int shift = shifts.best(row, cells.shift(), lastRow, lastShift);
        if (!shifts.fits(row, shift)) {
            problems.skipped(row, "各栏与表头的栏目对不上，无法分辨哪一格是哪一栏", BlockMissing.INDICATORS);
            return;
        }
        cells.shift(shift);
        // a cell marked as not applicable (/, —) is no name and no score: a level-2 row left empty so (生态效益指标 | / | / …)
        boolean named = !vocabulary.isBlank(row.cell(cell(IndicatorColumn.NAME)));
        boolean scored = !vocabulary.isBlank(row.cell(cell(IndicatorColumn.WEIGHT)))
                || !vocabulary.isBlank(row.cell(cell(IndicatorColumn.SCORE)));
        // a row of level names only: a known level-1 name, or a level-2 name (written as vocabulary.yaml levelNames say)
        boolean levels = RowShift.level1Name(template, row.key(cell(IndicatorColumn.LEVEL1)))
                || at(IndicatorColumn.LEVEL2) >= 0 && vocabulary.levelCell(RowShift.level(row.key(cell(IndicatorColumn.LEVEL2))));
        if (!named) {
            if (!scored && levels) {
                cutLabel.labelRow(row, RowShift.level1Name(template, row.key(cell(IndicatorColumn.LEVEL1))), indicators);
                setLevels(row, problems);
                places.role(row, cell(IndicatorColumn.LEVEL1), "一级指标");
                places.role(row, cell(IndicatorColumn.LEVEL2), "二级指标");
                places.rest(row, 0, Places.LABEL); // the block's own label beside them (绩效指标)
            } else {
                problems.skipped(row, scored ? "指标行缺少三级指标名称" : "不是指标行", BlockMissing.INDICATORS);
            }
            return;
        }
        if (breakdown(row)) {
            places.rest(row, 0, "细项");
            return;
        }
        setLevels(row, problems);
        cutLabel.indicatorRow(row, cell(IndicatorColumn.LEVEL1), cell(IndicatorColumn.LEVEL2), indicators, vocabulary);
        cells.record(row, places);
        String indicator = row.cell(cell(IndicatorColumn.NAME));
        marked = vocabulary.breakdown().marked(row.key(cell(IndicatorColumn.NAME)));
        BigDecimal w = null;
        BigDecimal sc = null;
        if (template.scored()) {
            w = problems.points(row, cell(IndicatorColumn.WEIGHT), Problems.BAD_NUMBER, "绩效指标「", indicator, "」 分值");
            sc = problems.points(row, cell(IndicatorColumn.SCORE), Problems.BAD_NUMBER, "绩效指标「", indicator, "」 得分");
            jointScores(row, w, sc, problems);
        }
        cells.reasonAndLabel(row, places);
        int lastColumn = template.scored() ? cell(IndicatorColumn.SCORE) : cell(IndicatorColumn.ACTUAL);
        // a row with something after its name that stops before its last column; a name alone is a template row left blank
        endsEarly = row.size() <= lastColumn && row.size() > cell(IndicatorColumn.NAME) + 1 ? row : null;
        indicators.add(Indicator.of(indicators.size() + 1, currentLevel1, currentLevel2, indicator, cells.target(row),
                cells.actual(row), w, sc, cells.reason(row), row.line, vocabulary));
        lastRow = row;
        lastShift = cells.shift();
    }

    /**
     * Whether a line of a text file holds the rest of the target, actual or reason cells of the scored
     * indicator row right above it: text extraction puts a cell's second line on a line of its own
     * (=52 / 次). At the shift of the row above, it writes nothing under the level names, 三级指标, 分值
     * and 得分, and no digit (‹=3元 | 5元 is a second target of the indicator, not the rest of its cells).
     * A row with a name is an indicator's (a template's 指标2 row left blank among them). A workbook,
     * Word table or PDF cell keeps its lines together, but for a PDF cell a page break cuts: the first
     * row of the next page goes on with it.
     */
    private boolean wrapped(Row row) {
        if (!template.scored() || lastRow == null || row.line != lastRow.line + 1 || row.isBlank()
                || !row.grid.at().textLine() && !nextPage(row)
                || indicators.get(indicators.size() - 1).weight() == null && indicators.get(indicators.size() - 1).score() == null) {
            return false;
        }
        List<Integer> rest = new ArrayList<>();
        for (IndicatorColumn c : List.of(IndicatorColumn.TARGET, IndicatorColumn.COMPARATOR, IndicatorColumn.VALUE,
                IndicatorColumn.UNIT, IndicatorColumn.ACTUAL)) {
            rest.add(cell(c));
        }
        if (!row.grid.at().textLine()) { // cut by a page break: the level names and 三级指标 go on too
            List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2, IndicatorColumn.NAME).forEach(c -> rest.add(cell(c)));
        }
        for (int i = 0; i < row.size(); i++) {
            if (!row.blank(i) && (row.cell(i).chars().anyMatch(Character::isDigit) || !rest.contains(i) && (cells.reasonColumn() < 0 || i < cells.reasonColumn() || i >= cells.reasonEnd()))) {
                return false;
            }
        }
        return true;
    }

    /** The rest of a level name a page break cut, as level names are written (no whitespace); null for none. */
    private String part(Row row, IndicatorColumn c) {
        return row.blank(cell(c)) ? null : RowShift.level(row.key(cell(c)));
    }

    /** Whether a PDF row is the first of its page under the last indicator's row: a cell cut by the page break goes on. */
    private boolean nextPage(Row row) {
        Integer page = row.grid.at().page();
        return page != null && !page.equals(lastRow.grid.at().page());
    }

    /**
     * A breakdown row of the indicator above (vocabulary.yaml {@code breakdown}): no number under 分值 or
     * 得分 (a breakdown's values may stand there when its row is shifted), and a name that starts as
     * breakdowns do (其中：…) or under an indicator marked ★. Not an indicator.
     */
    private boolean breakdown(Row row) {
        if (indicators.isEmpty() || row.points(cell(IndicatorColumn.WEIGHT), vocabulary) != null
                || row.points(cell(IndicatorColumn.SCORE), vocabulary) != null) {
            return false;
        }
        String name = row.key(cell(IndicatorColumn.NAME));
        return vocabulary.breakdown().prefixed(name) || template.scored() && marked;
    }

    /** Whether a row reads as an indicator row of this table at some shift ({@link RowShift#indicatorAtSomeShift}). */
    boolean looksLikeIndicator(Row row) {
        return shifts.indicatorAtSomeShift(row);
    }

    /**
     * The row of the last indicator when it stops before its last column, the indicator taken out: in
     * a table whose end was not found, that row was cut off with it, and what is missing from it is
     * not blank but unread. Null when the last row is whole.
     */
    Row dropCutLast() {
        Row cut = endsEarly;
        if (cut != null) {
            indicators.remove(indicators.size() - 1);
            endsEarly = null;
        }
        return cut;
    }

    /**
     * Takes the row's level names. A level-1 cell that holds only its points (（30分）: the name was lost,
     * as vertical text often is) starts a group whose name is not known: its rows have no level 1, and
     * the block is read only in part (which group a weight belongs to is not known).
     */
    private void setLevels(Row row, Problems problems) {
        int l1 = cell(IndicatorColumn.LEVEL1);
        if (l1 >= 0 && !row.blank(l1) && RowShift.level(row.key(l1)).isEmpty()) {
            currentLevel1 = null;
            currentLevel2 = null;
            problems.gap(row, BlockMissing.INDICATORS, "一级指标格只写了分值「" + row.cell(l1) + "」，没有名称");
        } else if (l1 >= 0 && !row.blank(l1)) {
            String name = cutLabel.whole(row, RowShift.level(row.key(l1)), true, indicators, template, vocabulary);
            if (!name.equals(currentLevel1)) {
                currentLevel2 = null;
            }
            currentLevel1 = name;
            level1Weights.name(row, l1, name);
        }
        int l2 = cell(IndicatorColumn.LEVEL2);
        if (l2 >= 0 && !row.blank(l2) && !RowShift.level(row.key(l2)).isEmpty()) {
            String name = cutLabel.whole(row, RowShift.level(row.key(l2)), false, indicators, template, vocabulary);
            currentLevel2 = vocabulary.fullLevelName(name);
        }
    }

    /**
     * 分值 and 得分 merged down from the row above over this one (one score for several indicators): the
     * rows' own 分值 and 得分 cannot be told apart, which a gap in the scores on each of them says.
     */
    private void jointScores(Row row, BigDecimal w, BigDecimal sc, Problems problems) {
        boolean shared = w == null && sc == null && lastRow != null && (!row.covering(cell(IndicatorColumn.WEIGHT)).isEmpty()
                || !row.covering(cell(IndicatorColumn.SCORE)).isEmpty());
        if (shared) {
            String cells = template.weightsInLevel1Names() ? "得分" : "分值、得分"; // a layout without a 分值 column
            String why = cells + "与相邻指标合为一格（几项指标合计打分），各项的" + cells + "无从分开";
            if (problems.gaps().stream().noneMatch(g -> g.line() == lastRow.line && BlockMissing.SCORES.equals(g.block()))) {
                problems.gap(lastRow, BlockMissing.SCORES, "合为一格的" + cells, why);
            }
            problems.gap(row, BlockMissing.SCORES, "合为一格的" + cells, why);
        }
    }

    /** Whether the header names a 偏差原因 column. */
    boolean hasReasonColumn() {
        return at(IndicatorColumn.REASON) >= 0;
    }

    /** The table's columns, for the total row below it: where its 分值 and 得分 stand. */
    int weightColumn() {
        return at(IndicatorColumn.WEIGHT);
    }

    int scoreColumn() {
        return at(IndicatorColumn.SCORE);
    }

    List<Indicator> indicators() {
        return indicators;
    }

    List<Level1Weight> level1Weights() {
        return level1Weights.list();
    }
}
