package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Vocabulary;

import java.util.List;

/**
 * The label of a level-1 cell that a PDF's page break cuts. An office suite prints a merged cell's
 * text in the middle of the whole cell, so the part on one page may show nothing: the label stands
 * as the last line of the first page, below the rows it names, or only in the part on the next page.
 * Either names the indicators at the first page's end that have no level 1, or whose own level-1
 * cell is blank (they would otherwise take the group above theirs). A label followed by a row on the
 * same page starts the next group, as it does anyway. A level-2 cell cut so is named by the next
 * page's first row alike. A name whose text the break cuts in two is joined back ({@link #whole}).
 */
final class CutLevelLabel {
    /** The first of the last indicators under a blank level-1 cell of their own (merged on down), or -1. */
    private int unnamedFrom = -1;
    /** The same for a blank level-2 cell of their own. */
    private int unnamed2From = -1;
    /** A row of a level-1 name alone under such indicators: the cut label, if the page ends after it. */
    private Row label;
    /** The first indicator the label would name. */
    private int labelFrom;
    /** The page of the last indicator row (null off PDF pages). */
    private Integer lastPage;

    /**
     * An indicator row about to be added to {@code indicators}; {@code l1} and {@code l2} its level
     * columns. The first row of a page, its level cell named, names the blank cell's rows at the end of
     * the page before.
     */
    void indicatorRow(Row row, int l1, int l2, List<Indicator> indicators, Vocabulary vocabulary) {
        Integer page = row.grid.at().page();
        boolean newPage = page != null && lastPage != null && !page.equals(lastPage);
        lastPage = page;
        if (newPage && l1 >= 0 && !row.blank(l1) && unnamedFrom >= 0) {
            String name = RowShift.level(row.key(l1));
            rename(unnamedFrom, indicators, d -> Indicator.of(d.index(), name, d.level2(), d.name(), d.target(), d.actual(), d.weight(),
                    d.score(), d.reason(), d.line(), vocabulary));
        }
        if (newPage && l2 >= 0 && !row.blank(l2) && unnamed2From >= 0) {
            String name = vocabulary.fullLevelName(RowShift.level(row.key(l2)));
            rename(unnamed2From, indicators, d -> Indicator.of(d.index(), d.level1(), name, d.name(), d.target(), d.actual(), d.weight(),
                    d.score(), d.reason(), d.line(), vocabulary));
        }
        unnamedFrom = unnamed(row, l1, unnamedFrom, indicators.size());
        unnamed2From = unnamed(row, l2, unnamed2From, indicators.size());
    }

    /** Where the last indicators with a blank level cell of their own begin, after a row in column {@code col}. */
    private static int unnamed(Row row, int col, int from, int index) {
        if (col < 0 || !row.blank(col)) {
            return -1;
        }
        return !row.mergedInto(col) && from < 0 ? index : from; // a cell of its own, blank: not the group above
    }

    /** A row of level names alone, naming a level 1 when {@code level1}. */
    void labelRow(Row row, boolean level1, List<Indicator> indicators) {
        int from = indicators.size();
        while (from > 0 && indicators.get(from - 1).level1() == null) {
            from--;
        }
        labelFrom = unnamedFrom >= 0 ? Math.min(from, unnamedFrom) : from;
        label = level1 && labelFrom < indicators.size() ? row : null;
        unnamedFrom = -1;
    }

    /** The row after a label: when it is on the next page, the label names the indicators it stood under. */
    void next(Row row, List<Indicator> indicators, int l1, Vocabulary vocabulary) {
        Integer page = label == null ? null : label.grid.at().page();
        if (page != null && !page.equals(row.grid.at().page())) {
            String name = RowShift.level(label.key(l1));
            rename(labelFrom, indicators, d -> Indicator.of(d.index(), name, d.level2(), d.name(), d.target(), d.actual(), d.weight(),
                    d.score(), d.reason(), d.line(), vocabulary));
        }
        label = null;
    }

    /**
     * A level name a page break cut inside its text, as an office suite prints a merged cell's text
     * over the whole cell (效 / 益指标, 数量 / 指标): the last indicator's name on the page before and this
     * row's on the next ({@code name}) make one name the template or the vocabulary knows, which the first
     * part is not: the last indicator's group is renamed and the whole name returned; else {@code name}.
     */
    String whole(Row row, String name, boolean level1, List<Indicator> indicators, Template template, Vocabulary vocabulary) {
        Integer page = row.grid.at().page();
        if (indicators.isEmpty() || name.isEmpty() || page == null || lastPage == null || page.equals(lastPage)) {
            return name;
        }
        Indicator last = indicators.get(indicators.size() - 1);
        String before = level1 ? last.level1() : last.level2();
        if (before == null) {
            return name;
        }
        if (!level1 && before.endsWith(name) && vocabulary.levelNames().endsWith().contains(name)) {
            return before; // 数量 / 指标: the group's name, already whole (数量指标)
        }
        String joined = before + name;
        boolean whole = level1 ? !template.level1Names().contains(before) && !template.level1Names().contains(name)
                && template.level1Names().contains(joined)
                : vocabulary.levelNames().names().stream().anyMatch(n -> vocabulary.fullLevelName(n).equals(joined));
        if (!whole) {
            return name;
        }
        int from = indicators.size();
        while (from > 0 && before.equals(level1 ? indicators.get(from - 1).level1() : indicators.get(from - 1).level2())) {
            from--;
        }
        rename(from, indicators, d -> Indicator.of(d.index(), level1 ? joined : d.level1(), level1 ? d.level2() : joined, d.name(),
                d.target(), d.actual(), d.weight(), d.score(), d.reason(), d.line(), vocabulary));
        return joined;
    }

    private static void rename(int from, List<Indicator> indicators, java.util.function.UnaryOperator<Indicator> renamed) {
        for (int i = from; i < indicators.size(); i++) {
            indicators.set(i, renamed.apply(indicators.get(i)));
        }
    }
}
