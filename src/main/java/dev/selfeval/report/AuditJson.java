package dev.selfeval.report;

import dev.selfeval.engine.run.RunEnd;
import dev.selfeval.engine.run.Summary;
import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
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

    static void form(ReportJson g, FormAudit a) throws IOException {
        Form f = a.form();
        g.writeStartObject();
        g.writeStringField(JsonKey.id, a.id());
        source(g, a.source());
        g.writeStringField(JsonKey.template, f == null ? null : f.template());
        g.writeBooleanField(JsonKey.unreadable, f == null);
        if (f != null && !f.missing().isEmpty()) {
            g.writeArrayFieldStart(JsonKey.missing);
            for (String block : f.missing()) {
                g.writeString(block);
            }
            g.writeEndArray();
        }
        if (f != null) {
            ReadingJson.write(g, f.reading());
        }
        g.writeStringField(JsonKey.projectName, f == null ? null : f.projectName());
        g.writeStringField(JsonKey.department, f == null ? null : f.header().department());
        g.writeStringField(JsonKey.implementingUnit, f == null ? null : f.header().implementingUnit());
        if (f == null || f.header().year() == null) {
            g.writeNullField(JsonKey.year);
        } else {
            g.writeNumberField(JsonKey.year, f.header().year());
        }
        g.writeObjectFieldStart(JsonKey.score);
        number(g, JsonKey.stated, a.score() != null ? a.score().stated() : f == null ? null : f.total().score());
        number(g, JsonKey.recomputed, a.score() == null ? null : a.score().recomputed());
        g.writeStringField(JsonKey.grade, a.score() == null ? null : a.score().grade());
        g.writeStringField(JsonKey.statedGrade, a.score() == null ? null : a.score().statedGrade());
        g.writeEndObject();
        g.writeObjectFieldStart(JsonKey.budget);
        number(g, JsonKey.statedRate, f == null ? null : f.totalFund().rate());
        number(g, JsonKey.recomputedRate, a.budget() == null ? null : a.budget().rate());
        number(g, JsonKey.statedScore, f == null ? null : f.totalFund().score());
        number(g, JsonKey.recomputedScore, a.budget() == null ? null : a.budget().score());
        g.writeEndObject();
        g.writeArrayFieldStart(JsonKey.findings);
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
    static void source(ReportJson g, SourceRef s) throws IOException {
        if (s == null) {
            g.writeNullField(JsonKey.source);
            return;
        }
        g.writeObjectFieldStart(JsonKey.source);
        g.writeStringField(JsonKey.file, s.file());
        g.writeNumberField(JsonKey.line, s.line());
        if (s.sheet() != null) {
            g.writeStringField(JsonKey.sheet, s.sheet());
        }
        if (s.cell() != null) {
            g.writeStringField(JsonKey.cell, s.cell());
        }
        if (s.page() != null) {
            g.writeNumberField(JsonKey.page, s.page());
        }
        if (s.table() != null) {
            g.writeNumberField(JsonKey.table, s.table());
        }
        if (s.column() != null && s.cell() == null) {
            g.writeStringField(JsonKey.column, s.column());
        }
        if (!s.textLine()) {
            g.writeStringField(JsonKey.place, s.place());
        }
        g.writeEndObject();
    }

    /** The ledger rows, then how they reconcile with the stated and recomputed totals. */
    static void ledger(ReportJson g, Ledger l, Form form) throws IOException {
        g.writeArrayFieldStart(JsonKey.ledger);
        for (LedgerRow r : l.rows()) {
            g.writeStartObject();
            g.writeNumberField(JsonKey.index, r.index());
            g.writeStringField(JsonKey.item, r.item());
            g.writeStringField(JsonKey.level1, r.level1());
            g.writeStringField(JsonKey.level2, r.level2());
            g.writeNumberField(JsonKey.line, r.line());
            if (form != null && !form.places().isEmpty()) {
                source(g, form.sourceOf(r.line(), null));
            }
            number(g, JsonKey.weight, r.weight());
            number(g, JsonKey.stated, r.stated());
            number(g, JsonKey.recomputed, r.recomputed());
            g.writeStringField(JsonKey.band, r.band());
            number(g, JsonKey.deducted, r.deducted());
            number(g, JsonKey.difference, r.difference());
            g.writeStringField(JsonKey.formula, r.formula());
            g.writeStringField(JsonKey.reason, r.reason());
            rule(g, r.rule(), true);
            g.writeArrayFieldStart(JsonKey.findings);
            for (Finding f : r.findings()) {
                g.writeString(f.ruleId());
            }
            g.writeEndArray();
            g.writeArrayFieldStart(JsonKey.attributedTo);
            for (String id : r.attributedTo()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart(JsonKey.reconciliation);
        number(g, JsonKey.statedTotal, l.statedTotal());
        number(g, JsonKey.statedSum, l.statedSum());
        number(g, JsonKey.recomputedSum, l.recomputedSum());
        number(g, JsonKey.recomputedTotal, l.recomputedTotal());
        number(g, JsonKey.deducted, l.deducted());
        g.writeStringField(JsonKey.grade, l.grade());
        g.writeBooleanField(JsonKey.reconciles, l.reconciles());
        g.writeEndObject();
    }

    static void finding(ReportJson g, Finding x) throws IOException {
        g.writeStartObject();
        g.writeStringField(JsonKey.ruleId, x.ruleId());
        g.writeStringField(JsonKey.severity, x.severity().name());
        location(g, x.location());
        source(g, x.source());
        g.writeStringField(JsonKey.message, x.message());
        value(g, JsonKey.expected, x.expected());
        value(g, JsonKey.actual, x.actual());
        rule(g, x.rule(), false);
        g.writeStringField(JsonKey.basis, x.basis());
        marks(g, x);
        g.writeEndObject();
    }

    /** Where a rule is written ({@code withId}: and its id, for ledger rows), or null. */
    private static void rule(ReportJson g, dev.selfeval.model.RuleRef r, boolean withId) throws IOException {
        if (r == null) {
            g.writeNullField(JsonKey.rule);
            return;
        }
        g.writeObjectFieldStart(JsonKey.rule);
        if (withId) {
            g.writeStringField(JsonKey.id, r.id());
        }
        g.writeStringField(JsonKey.file, r.file());
        g.writeNumberField(JsonKey.line, r.line());
        g.writeEndObject();
    }

    /** Fingerprint, waiver and baseline status of a finding. */
    private static void marks(ReportJson g, Finding x) throws IOException {
        g.writeStringField(JsonKey.fingerprint, x.fingerprint());
        if (x.waiver() == null) {
            g.writeNullField(JsonKey.waived);
        } else {
            g.writeObjectFieldStart(JsonKey.waived);
            g.writeStringField(JsonKey.reason, x.waiver().reason());
            g.writeStringField(JsonKey.approver, x.waiver().approver());
            g.writeStringField(JsonKey.expires, x.waiver().expires().toString());
            g.writeStringField(JsonKey.waiver, x.waiver().where());
            g.writeEndObject();
        }
        g.writeStringField(JsonKey.baseline, x.baseline());
    }

    /** An earlier finding this run no longer has. */
    static void resolved(ReportJson g, dev.selfeval.engine.run.Baseline.Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField(JsonKey.fingerprint, e.fingerprint());
        g.writeStringField(JsonKey.ruleId, e.ruleId());
        g.writeStringField(JsonKey.severity, e.severity());
        g.writeStringField(JsonKey.formId, e.formId());
        g.writeStringField(JsonKey.message, e.message());
        g.writeEndObject();
    }

    private static void location(ReportJson g, Location l) throws IOException {
        g.writeObjectFieldStart(JsonKey.location);
        g.writeStringField(JsonKey.section, l.section());
        g.writeStringField(JsonKey.level1, l.level1());
        g.writeStringField(JsonKey.level2, l.level2());
        g.writeStringField(JsonKey.indicator, l.indicator());
        g.writeStringField(JsonKey.field, l.field());
        g.writeNumberField(JsonKey.line, l.line());
        g.writeEndObject();
    }

    /** The end of a JSON report: crossForm, waivers and (with a baseline) resolved, then summary. */
    static void end(ReportJson g, Summary summary, RunEnd end) throws IOException {
        g.writeArrayFieldStart(JsonKey.crossForm);
        for (CrossFormFinding c : end.crossForm()) {
            crossForm(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart(JsonKey.waivers);
        for (Finding f : end.waivers()) {
            finding(g, f);
        }
        g.writeEndArray();
        if (end.baseline()) {
            g.writeArrayFieldStart(JsonKey.resolved);
            for (var e : end.resolved()) {
                resolved(g, e);
            }
            g.writeEndArray();
        }
        SummaryJson.write(g, summary);
    }

    /** A finding on a group of forms (a sweep rule), with the group's form ids. */
    static void crossForm(ReportJson g, CrossFormFinding c) throws IOException {
        Finding x = c.finding();
        g.writeStartObject();
        g.writeStringField(JsonKey.ruleId, x.ruleId());
        g.writeStringField(JsonKey.severity, x.severity().name());
        g.writeArrayFieldStart(JsonKey.forms);
        for (var m : c.group().members()) {
            g.writeString(m.formId());
        }
        g.writeEndArray();
        g.writeStringField(JsonKey.message, x.message());
        rule(g, x.rule(), false);
        g.writeStringField(JsonKey.basis, x.basis());
        marks(g, x);
        g.writeEndObject();
    }

    static void number(ReportJson g, JsonKey name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void value(ReportJson g, JsonKey name, Object v) throws IOException {
        if (v instanceof BigDecimal d) {
            g.writeNumberField(name, d);
        } else if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, v.toString());
        }
    }
}
