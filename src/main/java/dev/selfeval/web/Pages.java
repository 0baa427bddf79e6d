package dev.selfeval.web;

import dev.selfeval.engine.RuleInfo;
import dev.selfeval.store.FormFilter;
import dev.selfeval.store.Shown;
import dev.selfeval.store.Passwords;
import dev.selfeval.store.Role;
import dev.selfeval.store.Users;
import dev.selfeval.store.RunBrowse;
import dev.selfeval.store.RunQueries;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pages 审核, 结果, 历次 and 规则 (the form page is {@link FormPage}). */
final class Pages {
    private static final int RECENT = 8;
    private static final int RUNS = 200;
    private static final int COMPARED = 200;

    private final Parts parts;
    private final Views views;

    Pages(Parts parts, Views views) {
        this.parts = parts;
        this.views = views;
    }

    void audit(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("database", parts.database());
        m.put("maxUploadMb", parts.limits().uploadBytes() >> 20);
        m.put("maxFiles", parts.limits().files());
        List<String> folders = Folders.pickable(parts.roots());
        m.put("anyRoots", !folders.isEmpty());
        m.put("folders", folders);
        m.put("recent", parts.runs().runs(RECENT).stream().filter(RunQueries.Run::finished).map(Pages::runRow).toList());
        ctx.html(views.page(ctx, "审核", "audit", false, "audit", m));
    }

    /** {@code /runs/latest}: the newest finished run, or the audit page when there is none. */
    void latest(Context ctx) {
        ctx.redirect(parts.runs().runs(RECENT).stream().filter(RunQueries.Run::finished).findFirst()
                .map(r -> "/runs/" + r.id()).orElse("/audit"));
    }

    void run(Context ctx) {
        RunQueries.Run run = parts.saved(ctx.pathParam("id"));
        Map<String, Object> m = new HashMap<>();
        m.put("run", run);
        m.put("started", Shown.time(run.startedAt()));
        m.put("elapsed", run.elapsedMs() == null ? "—" : String.format("%.1f 秒", run.elapsedMs() / 1000.0));
        m.put("unreadable", run.unreadable() != null && run.unreadable() > 0);
        m.put("waived", run.waived() != null && run.waived() > 0);
        m.put("sameRules", parts.forms().sameRules(run));
        m.put("formats", parts.forms().sameRules(run) && parts.inputs().folder(run) != null
                ? Downloads.RUN_FORMATS : List.of());
        List<Map<String, Object>> rules = new ArrayList<>();
        parts.browse().findingsByRule(run.id()).forEach((id, n) -> rules.add(Map.of("id", id, "count", n)));
        m.put("rules", rules);
        m.put("departments", parts.browse().values(run.id(), "department"));
        m.put("templates", parts.browse().values(run.id(), "template"));
        m.put("table", table(run.id(), FormFilter.ALL, 1));
        ctx.html(views.page(ctx, "结果 · 运行 " + run.id(), "results", false, "run", m));
    }

    /** The forms table alone, for the filters and the pager (htmx). */
    void table(Context ctx) {
        RunQueries.Run run = parts.saved(ctx.pathParam("id"));
        ctx.html(table(run.id(), Filters.of(ctx), Filters.page(ctx)));
    }

    private String table(long runId, FormFilter filter, int page) {
        long total = parts.browse().count(runId, filter);
        long pages = Math.max(1, (total + RunQueries.PAGE - 1) / RunQueries.PAGE);
        Map<String, Object> m = new HashMap<>();
        m.put("run", runId);
        m.put("total", total);
        m.put("page", page);
        m.put("pages", pages > 1 ? pages : null);
        m.put("previous", page > 1 ? page - 1 : null);
        m.put("next", page < pages ? page + 1 : null);
        m.put("forms", parts.browse().forms(runId, filter, page, RunQueries.PAGE));
        return views.fragment("table", m);
    }

    void runs(Context ctx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<RunQueries.Run> runs = parts.runs().runs(RUNS).stream().filter(RunQueries.Run::finished).toList();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> row = runRow(runs.get(i));
            row.put("first", i == 0);
            row.put("second", i == 1 || runs.size() == 1);
            rows.add(row);
        }
        ctx.html(views.page(ctx, "历次", "runs", false, "runs", Map.of("runs", rows, "database", parts.database())));
    }

    void compare(Context ctx) {
        RunQueries.Run a = parts.saved(ctx.queryParam("a"));
        RunQueries.Run b = parts.saved(ctx.queryParam("b"));
        RunBrowse.Comparison c = parts.browse().compare(a.id(), b.id(), COMPARED);
        List<Map<String, Object>> lists = List.of(
                list("新增的发现", "added", c.added(), c.addedFirst()),
                list("仍在的发现", "recurring", c.recurring(), c.recurringFirst()),
                list("已解决的发现", "resolved", c.resolved(), c.resolvedFirst()));
        ctx.html(views.page(ctx, "比较", "runs", false, "compare", Map.of("c", c, "lists", lists)));
    }

    private static Map<String, Object> list(String title, String anchor, long count, List<RunBrowse.Compared> rows) {
        return Map.of("title", title, "anchor", anchor, "count", count, "rows", rows, "more", count > rows.size(), "limit", COMPARED);
    }

    void history(Context ctx) {
        String project = Filters.blankToNull(ctx.queryParam("project"));
        if (project == null) {
            throw new Guard.Refused(400, "请填写项目标识或项目名称");
        }
        ctx.html(views.page(ctx, "项目历年", "runs", false, "history", Map.of("project", project, "forms", parts.runs().history(project))));
    }

    void rules(Context ctx) {
        String asked = Filters.blankToNull(ctx.queryParam("run"));
        Long run = asked != null ? parts.saved(asked).id()
                : parts.runs().runs(RECENT).stream().filter(RunQueries.Run::finished).findFirst().map(RunQueries.Run::id).orElse(null);
        Map<String, Long> counts = run == null ? Map.of() : parts.browse().findingsByRule(run);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleInfo r : parts.rules().rules()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", r.id());
            row.put("name", r.name());
            row.put("severity", r.severity() == null ? "" : r.severity().name());
            row.put("severityText", r.severity() == null ? "计分" : r.severity().chinese());
            row.put("basis", r.basis());
            row.put("at", r.file() + ":" + r.line());
            row.put("count", run == null ? "—" : String.valueOf(counts.getOrDefault(r.id(), 0L)));
            rows.add(row);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("dir", parts.rules().dir() == null ? "（内置规则）" : parts.rules().dir());
        m.put("count", rows.size());
        m.put("fingerprint", parts.rules().fingerprint());
        m.put("run", run);
        m.put("rules", rows);
        ctx.html(views.page(ctx, "规则", "rules", false, "rules", m));
    }

    /** 管理 (team mode, admins): the users and the audit log of logins and changes. */
    void admin(Context ctx) {
        Gate.require(ctx, Role.ADMIN);
        List<Map<String, Object>> users = parts.users().list().stream().map(u -> Map.<String, Object>of("name", u.name(),
                "role", Role.named(u.role()) == null ? u.role() : Role.named(u.role()).chinese(), "disabled", u.disabled(),
                "created", Shown.time(u.createdAt()))).toList();
        List<Map<String, Object>> log = parts.users().recent(RUNS).stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("at", Shown.time(e.at()));
            row.put("user", e.user());
            row.put("address", e.address());
            row.put("action", e.action());
            row.put("detail", e.detail());
            return row;
        }).toList();
        ctx.html(views.page(ctx, "管理", "admin", false, "admin", Map.of("users", users, "log", log)));
    }

    /**
     * {@code POST /api/users} (admins): a user added, or given another role, a new password or disabled;
     * passwords at least {@value Passwords#SHORTEST} characters, hashed before they are kept.
     */
    void user(Context ctx) {
        Gate.require(ctx, Role.ADMIN);
        String name = java.util.Objects.requireNonNullElse(Filters.blankToNull(ctx.formParam("name")), "");
        Role role = Role.named(ctx.formParam("role"));
        String password = ctx.formParam("password");
        boolean disabled = "on".equals(ctx.formParam("disabled")) || "true".equals(ctx.formParam("disabled"));
        if (name.isEmpty() || name.length() > Users.LONGEST_NAME || role == null) {
            throw new Guard.Refused(400, "需要姓名（至多 " + Users.LONGEST_NAME + " 个字符）和角色（viewer、auditor、rule_owner、admin）");
        }
        var existing = parts.users().find(name);
        if (password != null && !password.isEmpty() && password.length() < Passwords.SHORTEST) {
            throw new Guard.Refused(400, "密码至少 " + Passwords.SHORTEST + " 个字符");
        }
        if (existing.isEmpty() && (password == null || password.isEmpty())) {
            throw new Guard.Refused(400, "新用户需要初始密码");
        }
        Gate.Who who = Gate.who(ctx);
        if (who.name().equals(name) && (disabled || role != Role.ADMIN)) {
            throw new Guard.Refused(409, "不能停用自己或取消自己的管理员角色，请由另一位管理员操作");
        }
        String hash = password == null || password.isEmpty() ? existing.get().passwordHash() : Passwords.hash(password);
        boolean added = parts.users().save(name, hash, role.key(), disabled);
        parts.users().log(who.name(), ctx.ip(), added ? "user-added" : "user-changed",
                name + "：" + role.chinese() + (disabled ? "，已停用" : "") + (password == null || password.isEmpty() ? "" : "，设了新密码"));
        ctx.redirect("/admin");
    }

    private static Map<String, Object> runRow(RunQueries.Run r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("started", Shown.time(r.startedAt()));
        row.put("elapsed", r.elapsedMs() == null ? "—" : String.format("%.1f 秒", r.elapsedMs() / 1000.0));
        row.put("files", r.files());
        row.put("forms", r.forms());
        row.put("errors", r.errors());
        row.put("warnings", r.warnings());
        row.put("infos", r.infos());
        row.put("fingerprint", Shown.fingerprint(r.rulesFingerprint()));
        row.put("inputs", String.join("；", r.inputs()));
        return row;
    }
}
