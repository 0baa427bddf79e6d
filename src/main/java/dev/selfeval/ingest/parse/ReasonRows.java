package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.model.FormReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows that state the form's reason for deviation outside the indicator rows, named by the template's
 * {@code reasons} labels (偏差大或目标未完成原因分析 | 资金结余……). The text beside the label is the
 * reason; a label alone on its row (a PDF's text puts the merged cell's text on the next line) takes
 * the next row that starts with no label.
 */
final class ReasonRows {
    /** The field the reason's cells are read as. */
    static final String FIELD = "偏差原因";

    private final Template template;
    private final Places places;
    private final List<FormReason> reasons = new ArrayList<>();
    /** The label of a reason row whose text is still to come, as written; null when none. */
    private String pending;

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
        places.role(row, at, Places.LABEL);
        pending = null;
        if (!add(row.cell(at).strip(), row, at + 1)) {
            pending = row.cell(at).strip();
        }
        return true;
    }

    /** The row after a reason label that stood alone: its text is the reason, unless it is a labelled row. */
    boolean text(Row row, boolean label) {
        String p = pending;
        pending = null;
        return p != null && !label && add(p, row, 0);
    }

    /** The text of the row's cells from {@code from} on as a reason under this label; false when they are blank. */
    private boolean add(String label, Row row, int from) {
        List<String> parts = new ArrayList<>();
        for (int i = Math.max(0, from); i < row.size(); i++) {
            if (!row.blank(i)) {
                parts.add(row.cell(i).strip());
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        places.rest(row, from, FIELD);
        reasons.add(new FormReason(label, String.join(" ", parts), row.line));
        return true;
    }

    /** The form's reasons in form order: the funds block's reason column (none without a block), then rows of their own. */
    List<FormReason> reasons(FundBlock funds) {
        List<FormReason> out = new ArrayList<>(funds != null ? funds.reasons() : List.of());
        out.addAll(reasons);
        return out;
    }
}
