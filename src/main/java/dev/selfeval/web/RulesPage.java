package dev.selfeval.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.store.Role;
import dev.selfeval.store.Shown;
import dev.selfeval.store.RuleChanges;
import dev.selfeval.store.RunQueries;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Rules owned in the workbench: a rules file edited in the page, checked on every pause in typing (the
 * diagnostics at their lines), its impact previewed on a saved run beside the rules in force, saved
 * with an author and a reason into the change log (and git, where the folder is in a repository), and
 * put in force; a change reverted as a new change. The check that refuses unsafe rule code stays on.
 */
final class RulesPage {
    private static final int CHANGES = 100;

    private final Parts parts;
    private final Views views;
    private final RuleEditor editor;
    private final RuleChanges changes;
    private final Consumer<RuleSet> reload;
    private final ApprovedWaivers waivers;
    /** The last preview of each file's edit (with the edited text), kept with the change when that very edit is saved. */
    private final Map<String, Kept> previews = new ConcurrentHashMap<>();

    private record Kept(String content, RulePreview.Figures figures) {
    }

    RulesPage(Parts parts, Views views, RuleEditor editor, RuleChanges changes, ApprovedWaivers waivers, Consumer<RuleSet> reload) {
        this.waivers = waivers;
        this.parts = parts;
        this.views = views;
        this.editor = editor;
        this.changes = changes;
        this.reload = reload;
    }

    void edit(Context ctx) throws IOException {
        Map<String, Object> m = new HashMap<>();
        if (editor == null) {
            m.put("readOnly", true);
        } else {
            List<String> files = editor.files();
            String file = Filters.blankToNull(ctx.queryParam("file"));
            file = file != null ? file : files.contains("parameters.yaml") ? "parameters.yaml" : files.get(0);
            String chosen = file;
            m.put("files", files.stream().map(f -> Map.of("name", f, "on", f.equals(chosen))).toList());
            m.put("file", file);
            m.put("content", editor.read(file));
            m.put("dir", editor.dir().toString());
            Gate.Who who = Gate.who(ctx);
            m.put("author", who.team() ? who.name() : System.getProperty("user.name", ""));
            m.put("team", who.team());
            m.put("runs", parts.runs().runs(50).stream().filter(r -> r.finished() && parts.inputs().folder(r) != null)
                    .map(r -> Map.of("id", r.id(), "forms", r.forms(), "started", Shown.time(r.startedAt()))).toList());
        }
        ctx.html(views.page(ctx, "编辑规则", "rules", false, "rules-edit", m));
    }

    /** {@code POST /api/rules/check}: the edit's diagnostics, as JSON. */
    void check(Context ctx) throws IOException {
        Gate.require(ctx, Role.RULE_OWNER);
        RuleEditor.Checked c = editable().check(field(ctx, "file"), field(ctx, "content"));
        Api.json(ctx, 200, Map.of("ok", c.ok(), "diagnostics", c.diagnostics()));
    }

    /** {@code POST /api/rules/preview}: a saved run audited with the rules in force and with the edit, compared. */
    void preview(Context ctx) throws IOException, InterruptedException {
        Gate.require(ctx, Role.RULE_OWNER);
        String file = field(ctx, "file");
        String content = field(ctx, "content");
        RuleEditor.Checked c = editable().check(file, content);
        if (!c.ok()) {
            throw new Guard.Refused(422, "改动未通过检查，无法预览：" + c.diagnostics().get(0).message());
        }
        RunQueries.Run run = parts.saved(field(ctx, "run"));
        java.nio.file.Path folder = parts.inputs().folder(run);
        if (folder == null) {
            throw new Guard.Refused(409, "运行 " + run.id() + " 的输入文件不在工作台可读的文件夹中，无法预览");
        }
        RulePreview.Figures f = RulePreview.compare(run.id(), folder, parts.rules(), c.rules(), waivers, parts.jobs().threads());
        previews.put(file, new Kept(content, f));
        if (ctx.header("HX-Request") != null) {
            ctx.html(views.fragment("preview", f));
        } else {
            Api.json(ctx, 200, f);
        }
    }

    /** {@code POST /api/rules/save}: the edit written, logged and put in force; refused while it does not check. */
    void save(Context ctx) throws IOException {
        Gate.require(ctx, Role.RULE_OWNER);
        String file = field(ctx, "file");
        String content = field(ctx, "content");
        RuleChanges.Change made = record(ctx, file, content, field(ctx, "reason"), null);
        Api.json(ctx, 200, Map.of("change", made.id(), "fingerprint", made.fingerprintAfter()));
    }

    /** {@code POST /api/rules/changes/{id}/revert}: the file put back as it was before that change, as a new change. */
    void revert(Context ctx) throws IOException {
        Gate.require(ctx, Role.RULE_OWNER);
        String id = ctx.pathParam("id");
        RuleChanges.Change c = id.matches("\\d{1,18}") ? changes.get(Long.parseLong(id)).orElse(null) : null;
        if (c == null) {
            throw new Guard.Refused(404, "变更记录中没有 " + id);
        }
        if (!revertable(c)) {
            throw new Guard.Refused(409, "变更 " + id + " 是批准的豁免（" + c.file() + "），不在规则文件夹中，不能在这里撤销；请在豁免文件中删去该条");
        }
        if (c.before() == null) {
            throw new Guard.Refused(409, "变更 " + id + " 新建了 " + c.file() + "，撤销需在规则文件夹中删除该文件");
        }
        RuleChanges.Change made = record(ctx, c.file(), c.before(), "撤销变更 " + id + "：" + field(ctx, "reason"), c.id());
        Api.json(ctx, 200, Map.of("change", made.id(), "fingerprint", made.fingerprintAfter()));
    }

    /** The change saved and put in force; one save at a time, each checked against the folder as the last one left it. */
    private RuleChanges.Change record(Context ctx, String file, String content, String reason, Long reverts) throws IOException {
        RuleEditor e = editable();
        Gate.Who who = Gate.who(ctx);
        String author = who.team() ? who.name() : field(ctx, "author"); // in team mode, the one logged in
        if (reason.isBlank() || author.isBlank()) {
            throw new Guard.Refused(400, "保存规则改动需要填写修改人和理由");
        }
        e.saving.lock();
        try {
            String before = e.read(file);
            if (before.equals(content)) {
                throw new Guard.Refused(409, file + " 没有改动");
            }
            RuleEditor.Checked c = e.check(file, content);
            if (!c.ok()) {
                throw new Guard.Refused(422, "改动未通过检查，未保存：" + c.diagnostics().get(0).file() + ":" + c.diagnostics().get(0).line()
                        + " " + c.diagnostics().get(0).message());
            }
            RuleEditor.Cases cases = e.cases(c);
            Kept kept = previews.get(file);
            RulePreview.Figures preview = kept != null && kept.content().equals(content) ? kept.figures() : null;
            String fingerprintBefore = parts.jobs().rules().fingerprint();
            e.write(file, content);
            long id = changes.add(new RuleChanges.New(author.strip(), reason.strip(), file, before, content, fingerprintBefore,
                    c.rules().fingerprint(), cases.passed(), cases.failed(), preview == null ? null : Api.JSON.writeValueAsString(preview), reverts));
            previews.remove(file);
            parts.users().log(author.strip(), ctx.ip(), reverts == null ? "rules-saved" : "rules-reverted", "变更 " + id + "：" + file + "：" + reason.strip());
            reload.accept(c.rules()); // in force before git is asked: a slow git hook cannot hold the new rules back
            String commit = GitCommit.commit(e.dir(), file, author.strip(), reason.strip());
            if (commit != null) {
                changes.committed(id, commit);
            }
            return changes.get(id).orElseThrow();
        } finally {
            e.saving.unlock();
        }
    }

    void changes(Context ctx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleChanges.Change c : changes.list(CHANGES)) {
            Map<String, Object> row = new HashMap<>();
            row.put("c", c);
            row.put("at", Shown.time(c.at()));
            List<String> before = c.before() == null ? List.of() : c.before().lines().toList();
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + c.file(), "b/" + c.file(), before,
                    DiffUtils.diff(before, c.after().lines().toList()), 2);
            row.put("diff", diff.stream().map(l -> Map.of("text", l, "kind", l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : "ctx")).toList());
            row.put("cases", c.casesPassed() == null ? "—" : c.casesPassed() + " 个通过，" + c.casesFailed() + " 个失败");
            row.put("preview", c.preview() == null ? null : previewText(c.preview()));
            row.put("revertable", revertable(c));
            rows.add(row);
        }
        ctx.html(views.page(ctx, "规则变更记录", "rules", false, "rule-changes", Map.of("changes", rows, "editable", editor != null)));
    }

    /** A change of a file in the rules folder (a waiver approval names the waiver file by its full path). */
    private static boolean revertable(RuleChanges.Change c) {
        return !java.nio.file.Path.of(c.file()).isAbsolute();
    }

    /** A kept preview in a sentence: the run, the findings before and after, each rule that moves. */
    private static String previewText(String json) {
        try {
            RulePreview.Figures f = Api.JSON.readValue(json, RulePreview.Figures.class);
            StringBuilder sb = new StringBuilder("运行 " + f.run() + " 的 " + f.forms() + " 张表：发现 " + f.findingsBefore() + " → "
                    + f.findingsAfter() + "，等级变化 " + f.gradesChanged() + " 张，重算总分变动 " + f.totalsMoved() + " 张");
            f.rules().forEach(r -> sb.append("；").append(r.rule()).append(" ").append(r.before()).append(" → ").append(r.after()));
            return sb.toString();
        } catch (IOException e) {
            return json;
        }
    }

    private RuleEditor editable() {
        if (editor == null) {
            throw new Guard.Refused(409, "工作台用的是 jar 内置的规则，不能在页面上编辑；请用 --rules 指定规则文件夹启动");
        }
        return editor;
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null) {
            throw new Guard.Refused(400, "缺少表单字段 " + name);
        }
        return v;
    }
}
