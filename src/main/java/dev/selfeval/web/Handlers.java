package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.store.Database;
import dev.selfeval.store.RuleChanges;
import dev.selfeval.store.RunBrowse;
import dev.selfeval.store.RunQueries;
import dev.selfeval.store.Users;
import dev.selfeval.store.WaiverProposals;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The handlers behind the workbench's routes, made from the rules in force: made once the server
 * knows its port (the Host check needs it), and made again from new rules when a rule owner saves an
 * edit — the runs, database and limits stay, the pages and the next runs use the new rules.
 */
final class Handlers {
    /** What stays for the server's life, whatever the rules. */
    record Shared(RunJobs jobs, Database db, SavedInputs inputs, Path uploads, List<Path> roots, Parts.Limits limits,
                  String version, Watchdog runs, Watchdog pages, int threads, RuleEditor editor, ApprovedWaivers waivers) {
    }

    private Shared shared;
    volatile Workbench workbench;
    volatile Api api;
    volatile Pages pages;
    volatile FormPage form;
    volatile RulesPage rules;
    volatile WaiverPage waivers;
    volatile Views views;

    /** Puts these rules in force. */
    synchronized void use(Shared s, RuleSet rules) {
        this.shared = s;
        s.jobs().use(rules, new Auditor(rules, s.runs()));
        Parts parts = new Parts(rules, s.jobs(), new RunQueries(s.db()), new RunBrowse(s.db()), new Downloads(rules, s.threads(), s.waivers()),
                s.inputs(), new FormView(rules, new Auditor(rules, s.pages()), s.inputs(), s.waivers()), s.uploads(), s.roots(), s.limits(),
                s.version(), s.db().name(), new Users(s.db()));
        Views v = new Views(parts);
        Api a = new Api(parts);
        this.pages = new Pages(parts, v);
        this.form = new FormPage(parts, v);
        this.rules = new RulesPage(parts, v, s.editor(), new RuleChanges(s.db()), s.waivers(), this::reload);
        this.waivers = new WaiverPage(parts, v, new WaiverProposals(s.db()), new RuleChanges(s.db()), s.waivers());
        this.api = a;
        this.views = v;
    }

    private void reload(RuleSet rules) {
        use(shared, rules);
    }

    /** {@code GET /login}: the login page in team mode; in local mode there is nothing to log in to. */
    void login(Context ctx, boolean team) {
        if (!team) {
            ctx.redirect("/audit");
            return;
        }
        ctx.html(views.fragment("login", Map.of()));
    }

    void refused(Context ctx, int status, String message) {
        ctx.status(status);
        Views v = views;
        boolean page = v != null && !ctx.path().startsWith("/api/") && ctx.header("HX-Request") == null
                && String.valueOf(ctx.header("Accept")).contains("text/html");
        if (page) {
            ctx.html(v.page(ctx, "无法完成", "audit", false, "refused", Map.of("title", "无法完成（" + status + "）", "message", message)));
        } else {
            try {
                Api.json(ctx, status, Map.of("error", message));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
