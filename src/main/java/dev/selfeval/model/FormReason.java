package dev.selfeval.model;

/**
 * A reason for deviation the form states outside its indicator rows: a row of its own after the
 * indicator table (偏差大或目标未完成原因分析 | …, the template's {@code reasons} labels), or a cell of
 * the funds block's reason column (原因, the template's {@code funds.columns.reason}). {@code label} is
 * the row's label or the column's name as written, {@code text} the reason.
 */
public record FormReason(String label, String text, int line) {
}
