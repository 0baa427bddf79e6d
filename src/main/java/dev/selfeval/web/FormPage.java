package dev.selfeval.web;

import dev.selfeval.engine.Calc;
import dev.selfeval.engine.RuleInfo;
import dev.selfeval.engine.explain.Explanation;
import dev.selfeval.engine.explain.LedgerRow;
import dev.selfeval.engine.explain.WhyNot;
import dev.selfeval.report.HtmlSection;
import dev.selfeval.store.RunQueries;
import io.javalin.http.Context;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 表单: one form of a saved run, read again from its file — the grid as received with each finding on
 * its cell, the ledger (as the HTML report shows them), why each rule fired or held for a ledger row
 * on a click, and the form's own report to download. A form whose file the workbench may not read
 * shows the findings kept in the database.
 */
final class FormPage {
    private final Parts parts;
    private final Views views;

    FormPage(Parts parts, Views views) {
        this.parts = parts;
        this.views = views;
    }

    private record Found(RunQueries.Run run, RunQueries.StoredForm stored, FormView.Read read) {
    }

    private Found find(Context ctx) {
        RunQueries.Run run = parts.saved(ctx.pathParam("id"));
        String seq = ctx.pathParam("seq");
        RunQueries.StoredForm stored = seq.matches("\\d{1,9}") ? parts.browse().form(run.id(), Integer.parseInt(seq)).orElse(null) : null;
        if (stored == null) {
            throw new Guard.Refused(404, "运行 " + run.id() + " 中没有第 " + seq + " 张表");
        }
        return new Found(run, stored, parts.forms().read(run, stored));
    }

    void show(Context ctx) {
        Found f = find(ctx);
        Map<String, Object> m = new HashMap<>();
        m.put("run", f.run().id());
        m.put("seq", f.stored().seq());
        m.put("id", f.stored().id());
        m.put("project", f.stored().project() == null ? f.stored().id() : f.stored().project());
        m.put("file", f.stored().file());
        m.put("place", f.stored().place());
        m.put("sameRules", parts.forms().sameRules(f.run()));
        m.put("missing", f.read().missing());
        List<RunQueries.StoredFinding> findings = parts.runs().findings(f.run().id(), f.stored().seq());
        m.put("rules", findings.stream().filter(x -> !x.waived()).map(RunQueries.StoredFinding::ruleId).distinct().toList());
        m.put("expires", java.time.LocalDate.now().plusYears(1).toString());
        if (f.read().form() == null) {
            m.put("stored", findings);
            m.put("formats", List.of());
        } else {
            m.put("section", HtmlSection.of(parts.forms().explain(f.read().form(), null).audit()));
            m.put("formats", Downloads.FORM_FORMATS);
        }
        ctx.html(views.page(ctx, "表单 · " + m.get("project"), "form", true, "form", m));
    }

    /** The why / why-not of one ledger row (its number; 0 the budget line), as a fragment. */
    void why(Context ctx) {
        Found f = find(ctx);
        String item = ctx.queryParam("item");
        if (item == null || !item.matches("\\d{1,4}")) {
            throw new Guard.Refused(400, "item 应为扣分明细的序号（预算执行率为 0）");
        }
        if (f.read().form() == null) {
            throw new Guard.Refused(409, f.read().missing());
        }
        Explanation e = parts.forms().explain(f.read().form(), item);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Explanation.ItemView v : e.items()) {
            LedgerRow r = v.row();
            Map<String, Object> one = new HashMap<>();
            one.put("label", r.budget() ? r.item() : "第 " + r.index() + " 项 " + r.item());
            one.put("stated", shown(r.stated()));
            one.put("recomputed", shown(r.recomputed()));
            one.put("deducted", shown(r.deducted()));
            one.put("fired", v.fired().stream().map(x -> Map.of("ruleId", x.ruleId(), "ruleName", x.ruleName())).distinct().toList());
            List<Map<String, String>> held = new ArrayList<>();
            for (WhyNot.Held h : v.held()) {
                RuleInfo rule = h.rule();
                held.add(Map.of("id", rule.id(), "name", rule.name(), "reason", h.reason()));
            }
            one.put("held", held);
            items.add(one);
        }
        ctx.html(views.fragment("why", Map.of("items", items, "item", item)));
    }

    void download(Context ctx) throws IOException {
        Found f = find(ctx);
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        if (!Downloads.FORM_FORMATS.contains(format)) {
            throw new Guard.Refused(400, "本表可下载的格式：" + String.join("、", Downloads.FORM_FORMATS));
        }
        if (f.read().form() == null) {
            throw new Guard.Refused(409, f.read().missing());
        }
        Downloads.Kind kind = Downloads.KINDS.get(format);
        ctx.contentType(kind.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"selfeval-run-" + f.run().id() + "-form-" + f.stored().seq()
                + "." + kind.extension() + "\"");
        parts.downloads().form(parts.forms().explain(f.read().form(), null).audit(), format, ctx.outputStream());
    }

    private static String shown(BigDecimal v) {
        return v == null ? "—" : Calc.shown(v);
    }
}
