package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Template.HeaderField;

/**
 * The form's header: 项目名称, 主管部门 and 实施单位. A value is whatever stands between a label and the
 * next label, or after the label's colon in its own cell (实施单位:某某中心), or, for a label alone on
 * its row, the lone cell of the next row (a web page's table as text puts each cell on a line of its own).
 */
final class HeaderBlock {
    private static final String[] FIELDS = {"项目名称", "主管部门", "实施单位"};
    private static final HeaderField[] HEADERS = {HeaderField.PROJECT_NAME, HeaderField.DEPARTMENT, HeaderField.IMPLEMENTING_UNIT};

    private final Template template;
    private final Places places;
    private final String[] values = new String[3];
    private boolean seen;
    /** The field whose label stood alone on the last header row, waiting for its value on the next; -1 when none. */
    private int pending = -1;

    HeaderBlock(Template template, Places places) {
        this.template = template;
        this.places = places;
    }

    /** Reads a header row; answers whether the row was one. */
    boolean accept(Row row) {
        int[] labels = {row.find(template.header(HeaderField.PROJECT_NAME)), row.find(template.header(HeaderField.DEPARTMENT)),
                row.find(template.header(HeaderField.IMPLEMENTING_UNIT))};
        if (labels[0] < 0 && labels[1] < 0 && labels[2] < 0) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            int label = labels[i];
            int at = -1;
            while (label >= 0) {
                // the value is the cell after the label, up to the next label (a merged cell's text is at its first
                // position); cells further on hold other fields the layout has (负责人及电话 | 某某)
                int next = nextLabel(row, label);
                String inCell = afterColon(row.cell(label));
                int filled = row.firstFilled(label + 1, next);
                values[i] = Row.blankToNull(inCell != null ? inCell : row.cell(filled));
                at = inCell != null ? label : filled >= 0 ? filled : label + 1; // where it is, or should be
                places.role(row, label, Places.LABEL);
                // a blank value under one label of the field, another of its labels after it (地方主管部门 | | 资金使用单位 | 某某)
                label = values[i] == null && next < row.size() && Row.startsWithAny(row.key(next), template.header(HEADERS[i])) ? next : -1;
            }
            places.column(row, FIELDS[i], at);
            if (labels[i] >= 0 && values[i] == null && row.firstFilled(labels[i] + 1, Integer.MAX_VALUE) < 0) {
                pending = i;
            }
        }
        seen = true;
        return true;
    }

    /** The first cell after {@code from} that is a header label itself (of any field): a value ends before it. */
    private int nextLabel(Row row, int from) {
        int next = Integer.MAX_VALUE;
        for (HeaderField f : HEADERS) {
            int c = row.find(template.header(f), from + 1);
            next = c >= 0 ? Math.min(next, c) : next;
        }
        return next;
    }

    /**
     * The value of a label that stood alone on the row above: this row's only cell, when the row is no
     * labelled row itself; answers whether the row was taken.
     */
    boolean pendingValue(Row row, boolean labelled) {
        int field = pending;
        pending = -1;
        int first = row.firstFilled(0, Integer.MAX_VALUE);
        if (field < 0 || labelled || first < 0 || row.firstFilled(first + 1, Integer.MAX_VALUE) >= 0) {
            return false;
        }
        values[field] = Row.blankToNull(row.cell(first));
        places.column(row, FIELDS[field], first);
        return true;
    }

    /** Whether any header row was read. */
    boolean seen() {
        return seen;
    }

    String projectName() {
        return values[0];
    }

    String department() {
        return values[1];
    }

    String implementingUnit() {
        return values[2];
    }

    /** The value written in a label's own cell after its colon (实施单位:某某中心), or null when there is none. */
    static String afterColon(String cell) {
        int colon = colon(cell);
        if (colon < 0 || colon == cell.length() - 1) {
            return null;
        }
        String value = cell.substring(colon + 1).strip();
        return value.isEmpty() || value.matches("[(（][^)）]*[)）]") ? null : value;
    }

    /** The label before the colon of a cell that holds its value after it (实施单位:某某中心 → 实施单位). */
    static String beforeColon(String cell) {
        int colon = colon(cell);
        return colon < 0 ? cell : cell.substring(0, colon).strip();
    }

    private static int colon(String cell) {
        return Math.max(cell.indexOf(':'), cell.indexOf('：'));
    }
}
