package dev.selfeval.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.FormReason;
import dev.selfeval.model.Location;
import dev.selfeval.model.SourceRef;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON shape of one audited form and of the summary, shared by the JSON and JSONL reports.
 * Numbers are JSON numbers (BigDecimal, plain), severities ERROR/WARNING/INFO, grades 优/良/中/差.
 */
final class AuditJson {
    private AuditJson() {
    }

    static void form(JsonGenerator g, FormAudit a) throws IOException {
        Form f = a.form();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        source(g, a.source());
        g.writeStringField("template", f == null ? null : f.template());
        g.writeBooleanField("unreadable", f == null);
        if (f != null && !f.missing().isEmpty()) {
            g.writeArrayFieldStart("missing");
            for (String block : f.missing()) {
                g.writeString(block);
            }
            g.writeEndArray();
        }
        if (f != null) {
            ReadingJson.write(g, f.reading());
        }
        g.writeStringField("projectName", f == null ? null : f.projectName());
        g.writeStringField("department", f == null ? null : f.header().department());
        g.writeStringField("implementingUnit", f == null ? null : f.header().implementingUnit());
        if (f == null || f.header().year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", f.header().year());
        }
        // which project, whatever the file is called: matched against other runs and years by it
        g.writeStringField("key", f == null || f.key().isEmpty() ? null : f.key());
        g.writeObjectFieldStart("score");
        number(g, "stated", a.score() != null ? a.score().stated() : f == null ? null : f.total().score());
        number(g, "recomputed", a.score() == null ? null : a.score().recomputed());
        g.writeStringField("grade", a.score() == null ? null : a.score().grade());
        g.writeStringField("statedGrade", a.score() == null ? null : a.score().statedGrade());
        g.writeEndObject();
        g.writeObjectFieldStart("budget");
        number(g, "statedRate", f == null ? null : f.totalFund().rate());
        number(g, "recomputedRate", a.budget() == null ? null : a.budget().rate());
        number(g, "statedScore", f == null ? null : f.totalFund().score());
        number(g, "recomputedScore", a.budget() == null ? null : a.budget().score());
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding x : a.findings()) {
            finding(g, x);
        }
        g.writeEndArray();
        ledger(g, Ledger.of(a), f);
        g.writeEndObject();
    }

    /**
     * Where in the input: {@code file} and {@code line} always; {@code sheet} and {@code cell} (or the
     * row as {@code line}), {@code page}, {@code table} and {@code column} when they apply; null for none.
     */
    static void source(JsonGenerator g, SourceRef s) throws IOException {
        if (s == null) {
            g.writeNullField("source");
            return;
        }
        g.writeObjectFieldStart("source");
        g.writeStringField("file", s.file());
        g.writeNumberField("line", s.line());
        if (s.sheet() != null) {
            g.writeStringField("sheet", s.sheet());
        }
        if (s.cell() != null) {
            g.writeStringField("cell", s.cell());
        }
        if (s.page() != null) {
            g.writeNumberField("page", s.page());
        }
        if (s.table() != null) {
            g.writeNumberField("table", s.table());
        }
        if (s.column() != null && s.cell() == null) {
            g.writeStringField("column", s.column());
        }
        if (!s.textLine()) {
            g.writeStringField("place", s.place());
        }
        g.writeEndObject();
    }

    /** The ledger rows, then how they reconcile with the stated and recomputed totals. */
    static void ledger(JsonGenerator g, Ledger l, Form form) throws IOException {
        g.writeArrayFieldStart("ledger");
        for (LedgerRow r : l.rows()) {
            g.writeStartObject();
            g.writeNumberField("index", r.index());
            g.writeStringField("item", r.item());
            g.writeStringField("level1", r.level1());
            g.writeStringField("level2", r.level2());
            g.writeNumberField("line", r.line());
            if (form != null && !form.places().isEmpty()) {
                source(g, form.sourceOf(r.line(), null));
            }
            number(g, "weight", r.weight());
            number(g, "stated", r.stated());
            number(g, "recomputed", r.recomputed());
            g.writeStringField("band", r.band());
            number(g, "deducted", r.deducted());
            number(g, "difference", r.difference());
            g.writeStringField("formula", r.formula());
            g.writeStringField("reason", r.reason());
            rule(g, r.rule(), true);
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeString(f.ruleId());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attributedTo");
            for (String id : r.attributedTo()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (form != null && !form.reasons().isEmpty()) { // reasons the form states outside its indicator rows
            g.writeArrayFieldStart("formReasons");
            for (FormReason r : form.reasons()) {
                g.writeStartObject();
                g.writeStringField("label", r.label());
                g.writeStringField("text", r.text());
                g.writeNumberField("line", r.line());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("reconciliation");
        number(g, "statedTotal", l.statedTotal());
        number(g, "statedSum", l.statedSum());
        number(g, "recomputedSum", l.recomputedSum());
        number(g, "recomputedTotal", l.recomputedTotal());
        number(g, "deducted", l.deducted());
        g.writeStringField("grade", l.grade());
        g.writeBooleanField("reconciles", l.reconciles());
        g.writeArrayFieldStart("unread"); // blocks not read whole: the sums are of what was read
        for (String block : l.unread()) {
            g.writeString(block);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void finding(JsonGenerator g, Finding x) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", x.ruleId());
        g.writeStringField("severity", x.severity().name());
        location(g, x.location());
        source(g, x.source());
        g.writeStringField("message", x.message());
        value(g, "expected", x.expected());
        value(g, "actual", x.actual());
        rule(g, x.rule(), false);
        g.writeStringField("basis", x.basis());
        marks(g, x);
        g.writeEndObject();
    }

    /** Where a rule is written ({@code withId}: and its id, for ledger rows), or null. */
    private static void rule(JsonGenerator g, dev.selfeval.model.RuleRef r, boolean withId) throws IOException {
        if (r == null) {
            g.writeNullField("rule");
            return;
        }
        g.writeObjectFieldStart("rule");
        if (withId) {
            g.writeStringField("id", r.id());
        }
        g.writeStringField("file", r.file());
        g.writeNumberField("line", r.line());
        g.writeEndObject();
    }

    /** Fingerprint, waiver and baseline status of a finding. */
    private static void marks(JsonGenerator g, Finding x) throws IOException {
        g.writeStringField("fingerprint", x.fingerprint());
        if (x.waiver() == null) {
            g.writeNullField("waived");
        } else {
            g.writeObjectFieldStart("waived");
            g.writeStringField("reason", x.waiver().reason());
            g.writeStringField("approver", x.waiver().approver());
            g.writeStringField("expires", x.waiver().expires().toString());
            g.writeStringField("waiver", x.waiver().where());
            g.writeEndObject();
        }
        g.writeStringField("baseline", x.baseline());
    }

    /** An earlier finding this run no longer has. */
    static void resolved(JsonGenerator g, dev.selfeval.engine.run.Baseline.Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("fingerprint", e.fingerprint());
        g.writeStringField("ruleId", e.ruleId());
        g.writeStringField("severity", e.severity());
        g.writeStringField("formId", e.formId());
        g.writeStringField("message", e.message());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("section", l.section());
        g.writeStringField("level1", l.level1());
        g.writeStringField("level2", l.level2());
        g.writeStringField("indicator", l.indicator());
        g.writeStringField("field", l.field());
        g.writeNumberField("line", l.line());
        g.writeEndObject();
    }

    /** The end of a JSON report: crossForm, waivers and (with a baseline) resolved, then summary. */
    static void end(JsonGenerator g, Summary summary, RunEnd end) throws IOException {
        g.writeArrayFieldStart("crossForm");
        for (CrossFormFinding c : end.crossForm()) {
            crossForm(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("waivers");
        for (Finding f : end.waivers()) {
            finding(g, f);
        }
        g.writeEndArray();
        if (end.baseline()) {
            g.writeArrayFieldStart("resolved");
            for (var e : end.resolved()) {
                resolved(g, e);
            }
            g.writeEndArray();
        }
        SummaryJson.write(g, summary);
    }

    /** A finding on a group of forms (a sweep rule), with the group's form ids. */
    static void crossForm(JsonGenerator g, CrossFormFinding c) throws IOException {
        Finding x = c.finding();
        g.writeStartObject();
        g.writeStringField("ruleId", x.ruleId());
        g.writeStringField("severity", x.severity().name());
        g.writeArrayFieldStart("forms");
        for (var m : c.group().members()) {
            g.writeString(m.formId());
        }
        g.writeEndArray();
        g.writeStringField("message", x.message());
        rule(g, x.rule(), false);
        g.writeStringField("basis", x.basis());
        marks(g, x);
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void value(JsonGenerator g, String name, Object v) throws IOException {
        if (v instanceof BigDecimal d) {
            g.writeNumberField(name, d);
        } else if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, v.toString());
        }
    }
}
