package dev.selfeval.model;

/**
 * A reason for deviation the form states for the whole project rather than on an indicator's row:
 * a row of its own after the indicator table (偏差大或目标未完成原因分析 | …), named by the template's
 * {@code reasons} labels. {@code label} is the row's label as written, {@code text} what follows it.
 */
public record FormReason(String label, String text, int line) {
}
