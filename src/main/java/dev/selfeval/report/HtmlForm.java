package dev.selfeval.report;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.engine.explain.Ledger;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the HTML report shows of one form (the template {@code form.mustache} lays it out): its header,
 * totals, ledger rows with the points lost as a bar, and its findings, each finding linked to its
 * ledger row and back; waived findings apart; what the reader understood ({@code reading}) and the form as
 * received, cell by cell ({@link HtmlGrid}). Values are texts as shown; the template escapes them.
 */
record HtmlForm(String anchor, String id, String project, String department, String unit, String year,
                String template, String source, String statedTotal, String recomputedTotal, String recomputedValue,
                String statedGrade, String grade, String unscored, String unreadable, String worst, String rules,
                List<Row> ledger, Totals totals, List<Reason> reasons, List<Item> findings, List<Item> waived, String reading, HtmlGrid grid) {

    /** A ledger row; {@code counted} is what it adds to the recomputed total, {@code lost} the bar's width in %. */
    record Row(String anchor, int index, String item, String level1, String level2, String weight, String stated,
               String recomputed, String deducted, String difference, String formula, String reason, String ruleId,
               String ruleAt, String counted, String lost, List<Link> findings) {
    }

    /** A reason for deviation the form states outside its indicator rows, and where. */
    record Reason(String label, String place, String text) {
    }

    /** The ledger's sums. */
    record Totals(String weight, String stated, String recomputed, String note) {
    }

    /** A link to a finding from its ledger row. */
    record Link(String anchor, String ruleId, String severity) {
    }

    /** A finding; {@code row} and {@code rowLabel} name its ledger row when it has one. */
    record Item(String anchor, String severity, String severityText, String ruleId, String where, String message,
                String expected, String actual, String basis, String rule, String row, String rowLabel,
                String waiverReason, String waiverApprover, String waiverUntil, String baseline) {
    }

    boolean anyFindings() {
        return !findings.isEmpty();
    }

    boolean anyWaived() {
        return !waived.isEmpty();
    }

    /** An anchor for a form id (ids hold characters that anchors and links handle badly: #, /, spaces). */
    static String anchor(String formId) {
        return "f-" + UUID.nameUUIDFromBytes(formId.getBytes(StandardCharsets.UTF_8));
    }

    /** @param worst the worst severity among the findings that count, or null */
    static HtmlForm of(FormAudit a, Severity worst) {
        String anchor = anchor(a.id());
        Form f = a.form();
        Ledger ledger = Ledger.of(a);
        Map<Finding, String> anchors = new IdentityHashMap<>();
        for (int i = 0; i < a.findings().size(); i++) {
            anchors.put(a.findings().get(i), anchor + "-n" + (i + 1));
        }
        Map<Finding, LedgerRow> rowOf = new IdentityHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (LedgerRow r : ledger.rows()) {
            List<Link> links = new ArrayList<>();
            for (Finding x : r.findings()) {
                rowOf.put(x, r);
                links.add(new Link(anchors.get(x), x.ruleId(), x.severity().name()));
            }
            rows.add(new Row(anchor + "-r" + r.index(), r.index(), r.item(), r.level1(), r.level2(), Show.score(r.weight()),
                    Show.score(r.stated()), Show.score(r.recomputed()), Show.score(r.deducted()), Show.score(r.difference()),
                    r.band() == null || r.formula() == null ? r.formula() : r.band() + "；" + r.formula(), r.reason(),
                    r.rule() == null ? null : r.rule().id(), r.rule() == null ? null : r.rule().file() + ":" + r.rule().line(),
                    r.counted().toPlainString(), lost(r.deducted(), r.weight()), links));
        }
        List<Item> findings = new ArrayList<>();
        List<Item> waived = new ArrayList<>();
        LinkedHashSet<String> rules = new LinkedHashSet<>();
        for (Finding x : a.findings()) {
            LedgerRow r = rowOf.get(x);
            Item item = new Item(anchors.get(x), x.severity().name(), x.severity().chinese(), x.ruleId(), x.where(),
                    x.message(), value(x.expected()), value(x.actual()), x.basis(), x.rule().file() + ":" + x.rule().line(),
                    r == null ? null : anchor + "-r" + r.index(), r == null ? null : r.budget() ? r.item() : "第 " + r.index() + " 项 " + r.item(),
                    x.waived() ? x.waiver().reason() : null, x.waived() ? x.waiver().approver() : null,
                    x.waived() ? x.waiver().expires().toString() : null,
                    Show.baseline(x.baseline()));
            (x.waived() ? waived : findings).add(item);
            if (!x.waived()) {
                rules.add(x.ruleId());
            }
        }
        var score = a.score();
        return new HtmlForm(anchor, a.id(), f == null ? null : f.projectName(), f == null ? null : f.header().department(),
                f == null ? null : f.header().implementingUnit(),
                f == null || f.header().year() == null ? null : f.header().year().toString(), f == null ? null : f.template(),
                f == null ? a.source().toString() : f.source() + (f.key().isEmpty() ? "" : " · 项目标识 " + f.key()),
                Show.score(score != null ? score.stated() : f == null ? null : f.total().score()),
                Show.score(score == null ? null : score.recomputed()),
                score == null || score.recomputed() == null ? null : score.recomputed().toPlainString(),
                score == null ? null : score.statedGrade(), score == null ? null : score.grade(),
                f == null || score != null ? null : Show.unscored(f),
                f == null ? "无法读取" : null, worst == null ? "NONE" : worst.name(), String.join(" ", rules),
                rows, new Totals(Show.score(ledger.weightSum()), Show.score(ledger.statedSum()), Show.score(ledger.recomputedSum()),
                note(ledger)), f == null ? List.of() : f.reasons().stream().map(r -> new Reason(r.label(),
                f.sourceOf(r.line(), null).place(), r.text())).toList(), findings, waived, f == null ? null : Show.reading(f.reading()), HtmlGrid.of(f, a.findings()));
    }

    /** What the ledger's sums say of the totals. */
    private static String note(Ledger l) {
        return l.unreadNote() != null ? l.unreadNote() : l.recomputedTotal() == null ? "未重算总分"
                : l.reconciles() ? "各行重算得分之和等于重算总分" : "各行重算得分之和与重算总分不一致";
    }

    /** Points lost as a share of the row's weight, 0–100, for the bar's width. */
    private static String lost(BigDecimal deducted, BigDecimal weight) {
        if (deducted == null || weight == null || weight.signum() <= 0 || deducted.signum() <= 0) {
            return "0";
        }
        BigDecimal p = deducted.multiply(Calc.HUNDRED).divide(weight, 1, RoundingMode.HALF_UP);
        return p.min(Calc.HUNDRED).toPlainString();
    }

    private static String value(Object v) {
        return v == null ? null : v instanceof BigDecimal d ? Calc.shown(d) : v.toString();
    }
}
