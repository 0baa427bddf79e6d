package dev.selfeval.web;

import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.store.Role;
import dev.selfeval.store.Shown;
import dev.selfeval.store.RuleChanges;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.WaiverProposals;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waivers in the workbench: an auditor proposes one from a form's page (a rule found on that form;
 * for this form, this project or this rule in this 主管部门; a reason and an expiry), and it takes effect
 * only once a rule owner other than the proposer approves it: then it is written into the workbench's
 * waiver file and the change log, and the next runs apply it. A rejected one is kept with the decision.
 */
final class WaiverPage {

    private final Parts parts;
    private final Views views;
    private final WaiverProposals proposals;
    private final RuleChanges changes;
    private final ApprovedWaivers approved;

    WaiverPage(Parts parts, Views views, WaiverProposals proposals, RuleChanges changes, ApprovedWaivers approved) {
        this.parts = parts;
        this.views = views;
        this.proposals = proposals;
        this.changes = changes;
        this.approved = approved;
    }

    /** {@code POST /api/waivers}: a proposal from a form of a saved run. */
    void propose(Context ctx) throws IOException {
        Gate.require(ctx, Role.AUDITOR);
        RunQueries.Run run = parts.saved(ctx.formParam("run"));
        String seq = String.valueOf(ctx.formParam("seq"));
        RunQueries.StoredForm form = seq.matches("\\d{1,9}") ? parts.browse().form(run.id(), Integer.parseInt(seq)).orElse(null) : null;
        if (form == null) {
            throw new Guard.Refused(404, "运行 " + run.id() + " 中没有第 " + seq + " 张表");
        }
        String rule = String.valueOf(ctx.formParam("rule"));
        if (parts.runs().findings(run.id(), form.seq()).stream().noneMatch(f -> f.ruleId().equals(rule) && !f.waived())) {
            throw new Guard.Refused(400, "这张表没有规则 " + rule + " 的（未豁免的）发现，无从豁免");
        }
        String scope = String.valueOf(ctx.formParam("scope"));
        String target = switch (scope) {
            case "form" -> form.id();
            case "project" -> form.key();
            case "department" -> form.department();
            default -> throw new Guard.Refused(400, "范围应为 form（本表）、project（本项目）或 department（本部门的这条规则）");
        };
        if (target == null || target.isBlank()) {
            throw new Guard.Refused(400, "这张表没有" + (scope.equals("department") ? "主管部门" : "项目标识") + "，不能按此范围豁免");
        }
        String reason = Filters.blankToNull(ctx.formParam("reason"));
        if (reason == null) {
            throw new Guard.Refused(400, "豁免需要写明理由");
        }
        String expires = java.util.Objects.requireNonNullElse(Filters.blankToNull(ctx.formParam("expires")), "");
        try {
            if (!LocalDate.parse(expires).isAfter(LocalDate.now())) {
                throw new Guard.Refused(400, "到期日应在今天之后");
            }
        } catch (DateTimeParseException e) {
            throw new Guard.Refused(400, "到期日应写成 YYYY-MM-DD");
        }
        Gate.Who who = Gate.who(ctx);
        long id = proposals.propose(who.name(), rule, scope, target, reason, expires, run.id(), form.seq());
        parts.users().log(who.name(), ctx.ip(), "waiver-proposed", "豁免申请 " + id + "：" + rule + "，" + scope + " " + target);
        Api.json(ctx, 201, Map.of("proposal", id, "status", "proposed"));
    }

    /** {@code GET /waivers}: the proposals, open ones first. */
    void page(Context ctx) {
        List<Map<String, Object>> rows = proposals.list(200).stream().map(p -> {
            Map<String, Object> row = new HashMap<>();
            row.put("p", p);
            row.put("at", Shown.time(p.proposedAt()));
            row.put("scope", switch (p.scope()) {
                case "form" -> "本表";
                case "project" -> "本项目";
                default -> "本部门";
            });
            row.put("status", switch (p.status()) {
                case "proposed" -> "待批准";
                case "approved" -> "已批准";
                default -> "已驳回";
            });
            return row;
        }).toList();
        ctx.html(views.page(ctx, "豁免", "waivers", false, "waivers", Map.of("rows", rows, "file", approved.file().toString())));
    }

    /** {@code POST /api/waivers/{id}/approve}: written into the waiver file; the proposer may not approve their own. */
    void approve(Context ctx) throws IOException {
        Gate.require(ctx, Role.RULE_OWNER);
        WaiverProposals.Proposal p = open(ctx);
        Gate.Who who = Gate.who(ctx);
        if (who.team() && p.proposer().equals(who.name())) {
            throw new Guard.Refused(403, "不能批准自己提出的豁免，请由另一位规则管理人批准");
        }
        synchronized (approved) { // one approval at a time writes the file; each is claimed before it is written
            if (!proposals.decide(p.id(), "approved", who.name(), null)) {
                throw new Guard.Refused(409, "豁免申请 " + p.id() + " 已被处理");
            }
            ApprovedWaivers.Written written;
            try {
                written = approved.add(parts.rules(), p.rule(), p.scope(), p.target(), p.reason(),
                        who.name() + "（工作台批准，申请人 " + p.proposer() + "）", p.expires());
            } catch (WaiverFile.Invalid | IOException e) {
                proposals.reopen(p.id());
                throw new Guard.Refused(409, "豁免文件 " + approved.file() + " 无法写入这条豁免：" + e.getMessage());
            }
            changes.add(new RuleChanges.New(who.name(), "批准豁免申请 " + p.id() + "：" + p.reason(),
                    approved.file().toAbsolutePath().toString(), written.before(), written.after(), parts.rules().fingerprint(), parts.rules().fingerprint(),
                    null, null, null, null));
        }
        parts.users().log(who.name(), ctx.ip(), "waiver-approved", "豁免申请 " + p.id() + "：" + p.rule() + "，" + p.target());
        ctx.redirect("/waivers");
    }

    /** {@code POST /api/waivers/{id}/reject}: kept with the decision, never in force. */
    void reject(Context ctx) {
        Gate.require(ctx, Role.RULE_OWNER);
        WaiverProposals.Proposal p = open(ctx);
        Gate.Who who = Gate.who(ctx);
        if (!proposals.decide(p.id(), "rejected", who.name(), ctx.formParam("note"))) {
            throw new Guard.Refused(409, "豁免申请 " + p.id() + " 已被处理");
        }
        parts.users().log(who.name(), ctx.ip(), "waiver-rejected", "豁免申请 " + p.id());
        ctx.redirect("/waivers");
    }

    private WaiverProposals.Proposal open(Context ctx) {
        String id = ctx.pathParam("id");
        WaiverProposals.Proposal p = id.matches("\\d{1,18}") ? proposals.get(Long.parseLong(id)).orElse(null) : null;
        if (p == null) {
            throw new Guard.Refused(404, "没有豁免申请 " + id);
        }
        if (!p.open()) {
            throw new Guard.Refused(409, "豁免申请 " + id + " 已被处理（" + p.status() + "）");
        }
        return p;
    }
}
