package dev.selfeval.report;

import dev.selfeval.engine.FormAudit;

import java.io.StringWriter;

/**
 * One form as the HTML report shows it (its grid as received with each finding on its cell, its
 * ledger, its findings), for a page that is not the report: the workbench's form page. The same
 * template and style sheet as the report's.
 */
public final class HtmlSection {
    private HtmlSection() {
    }

    public static String of(FormAudit audit) {
        FormRow row = FormRow.of(audit);
        StringWriter w = new StringWriter(8192);
        HtmlReporter.FORM.execute(w, HtmlForm.of(audit, row.worst()));
        return w.toString();
    }

    /** The report's style sheet. */
    public static String style() {
        return HtmlReporter.resource("style.css");
    }
}
