package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.FormReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows that state the form's reason for deviation outside the indicator rows, named by the template's
 * {@code reasons} labels (偏差大或目标未完成原因分析 | 资金结余……). The text beside the label is the
 * reason, and so is the text after a colon in the label's own cell (偏差大或目标未完成原因分析：资金结余……);
 * a label alone on its row (a PDF's text puts the merged cell's text on the next line) takes the next
 * row that starts with no label; a label merged down over several rows takes the text beside it on each;
 * a line of one cell and no label right under a reason is more of it (a paragraph a PDF's page wraps).
 */
final class ReasonRows {
    private final Template template;
    private final Places places;
    private final List<FormReason> reasons = new ArrayList<>();
    /** The label of a reason row whose text is still to come, as written; null when none. */
    private String pending;
    /** The last reason label's column (-1 when none), its cell's text and the label: its merged cell may go on beside rows below. */
    private int labelColumn = -1;
    private String labelText;
    private String labelName;
    /** Whether the row before was a reason's: a lone line under it goes on with its text. */
    private boolean open;

    ReasonRows(Template template, Places places) {
        this.template = template;
        this.places = places;
    }

    /** A row whose first cell is a reason label ({@code first}, its key); answers whether it was one. */
    boolean label(Row row, String first) {
        if (!Row.startsWithAny(first, template.reasons())) {
            return false;
        }
        int at = row.firstFilled(0, row.size());
        String cell = row.cell(at).strip();
        String inCell = HeaderBlock.afterColon(cell);
        String label = inCell == null ? cell : HeaderBlock.beforeColon(cell);
        places.role(row, at, inCell == null ? Places.LABEL : IndicatorCells.REASON);
        labelColumn = at;
        labelText = cell;
        labelName = label;
        pending = null;
        open = add(label, inCell, row, at + 1);
        pending = open ? null : label;
        return true;
    }

    /**
     * A row after a reason label: the text of a label that stood alone, unless the row is a labelled one;
     * or, beside the label's cell merged down over it, more of the reason.
     */
    boolean text(Row row, boolean label) {
        String p = pending;
        boolean wraps = open && !label && row.oneCell();
        pending = null;
        open = false;
        if (p != null) {
            return open = !label && add(p, null, row, 0);
        }
        boolean beside = labelColumn >= 0 && row.blank(labelColumn) && row.covering(labelColumn).strip().equals(labelText);
        if (beside) {
            return open = add(labelName, null, row, labelColumn + 1);
        }
        if (wraps) {
            FormReason last = reasons.remove(reasons.size() - 1);
            places.rest(row, 0, IndicatorCells.REASON);
            reasons.add(new FormReason(last.label(), last.text() + row.join(0, Integer.MAX_VALUE), last.line()));
        }
        return open = wraps;
    }

    /**
     * The text of the row's cells from {@code from} on, after {@code first} (the text in the label's own
     * cell, or null), as a reason under this label; false when there is none.
     */
    private boolean add(String label, String first, Row row, int from) {
        String rest = row.join(from, Integer.MAX_VALUE);
        String text = first == null ? rest : rest.isEmpty() ? first : first + " " + rest;
        if (text.isEmpty()) {
            return false;
        }
        places.rest(row, from, IndicatorCells.REASON);
        reasons.add(new FormReason(label, text, row.line));
        return true;
    }

    /** The form's reasons in form order: the funds block's reason column (none without a block), then rows of their own. */
    List<FormReason> reasons(FundBlock funds) {
        List<FormReason> out = new ArrayList<>(funds != null ? funds.reasons() : List.of());
        out.addAll(reasons);
        return out;
    }
}
