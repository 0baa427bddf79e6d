package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.report.HtmlSection;
import dev.selfeval.store.Database;
import dev.selfeval.store.Users;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code selfeval serve}: the auditor's workbench, a web server on the loopback address. The routes
 * are listed here in one place; every request passes the {@link Guard} first (token, Host, CSRF).
 * Runs go through the shared pipeline ({@link RunJobs}) with the rules loaded once at start.
 */
public final class Workbench implements AutoCloseable {
    /** Where the workbench listens and what it may take. */
    public record Settings(String host, int port, String token, List<Path> roots, Path uploads, long maxUploadBytes,
                           int threads, String version, Team team, Path waivers) {
    }

    /**
     * Team mode: users log in (the token opens nothing); {@code publicHosts} the names the server is
     * reached by ({@code name:port}), checked against each request's Host header.
     */
    public record Team(List<String> publicHosts) {
    }

    /** This machine's names, as a Host header writes them (an IPv6 address in brackets). */
    public static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");

    private static final String PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final RunJobs jobs;
    private final List<Watchdog> watchdogs;
    private final String token;
    private final String host;
    private final Team team;
    private volatile Gate gate;

    private Workbench(Javalin app, RunJobs jobs, List<Watchdog> watchdogs, String token, String host, Team team) {
        this.host = host;
        this.team = team;
        this.app = app;
        this.jobs = jobs;
        this.watchdogs = watchdogs;
        this.token = token;
    }

    /**
     * Starts the workbench with these rules in force; {@code rulesDir} is the rules folder on disk, which
     * the 规则 page may edit (null: the rules bundled in the jar, read only).
     */
    public static Workbench start(RuleSet rules, Path rulesDir, Database db, Settings s) throws IOException {
        Path uploads = Files.createDirectories(s.uploads()).toRealPath();
        List<Path> allowed = new ArrayList<>(List.of(uploads));
        for (Path root : s.roots()) {
            allowed.add(root.toRealPath());
        }
        ApprovedWaivers waivers = new ApprovedWaivers(s.waivers());
        RunJobs jobs = new RunJobs(db, s.threads(), s.version(), waivers);
        Parts.Limits limits = new Parts.Limits(s.maxUploadBytes(), s.maxUploadBytes() * 4, 200_000);
        Handlers h = new Handlers();
        Path spool = Files.createDirectories(uploads.resolve(".incoming"));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.multipartConfig.cacheDirectory(spool.toString());
            config.jetty.multipartConfig.maxTotalRequestSize(s.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(s.maxUploadBytes(), SizeUnit.BYTES);
            config.routes.before(ctx -> h.workbench.admit(ctx));
            config.routes.get("/", ctx -> ctx.redirect("/audit"));
            config.routes.get("/login", ctx -> h.login(ctx, h.workbench.gate instanceof TeamGate));
            config.routes.post("/login", ctx -> ((TeamGate) h.workbench.team()).login(ctx));
            config.routes.post("/logout", ctx -> ((TeamGate) h.workbench.team()).logout(ctx));
            config.routes.get("/static/htmx.min.js", ctx -> asset(ctx, "text/javascript", HTMX));
            config.routes.get("/static/workbench.js", ctx -> asset(ctx, "text/javascript", SCRIPT));
            config.routes.get("/static/editor.js", ctx -> asset(ctx, "text/javascript", EDITOR));
            config.routes.get("/static/workbench.css", ctx -> asset(ctx, "text/css", STYLE));
            config.routes.get("/static/report.css", ctx -> asset(ctx, "text/css", REPORT_STYLE));
            config.routes.get("/api/health", ctx -> h.api.health(ctx));
            config.routes.post("/api/runs", ctx -> h.api.start(ctx));
            config.routes.get("/api/runs/{id}", ctx -> h.api.run(ctx));
            config.routes.get("/api/runs/{id}/events", ctx -> {
                if (!String.valueOf(ctx.header("Accept")).contains("text/event-stream")) {
                    throw new Guard.Refused(406, "进度是服务器推送事件：请求头需要 Accept: text/event-stream");
                }
                Api api = h.api;
                new SseHandler(0, api::events).handle(ctx);
            });
            config.routes.get("/api/runs/{id}/forms", ctx -> h.api.forms(ctx));
            config.routes.get("/api/runs/{id}/report", ctx -> h.api.report(ctx));
            config.routes.post("/api/rules/check", ctx -> h.rules.check(ctx));
            config.routes.post("/api/rules/preview", ctx -> h.rules.preview(ctx));
            config.routes.post("/api/rules/save", ctx -> h.rules.save(ctx));
            config.routes.post("/api/rules/changes/{id}/revert", ctx -> h.rules.revert(ctx));
            config.routes.get("/audit", ctx -> h.pages.audit(ctx));
            config.routes.get("/runs", ctx -> h.pages.runs(ctx));
            config.routes.get("/runs/latest", ctx -> h.pages.latest(ctx));
            config.routes.get("/runs/{id}", ctx -> h.pages.run(ctx));
            config.routes.get("/runs/{id}/table", ctx -> h.pages.table(ctx));
            config.routes.get("/runs/{id}/forms/{seq}", ctx -> h.form.show(ctx));
            config.routes.get("/runs/{id}/forms/{seq}/why", ctx -> h.form.why(ctx));
            config.routes.get("/runs/{id}/forms/{seq}/download", ctx -> h.form.download(ctx));
            config.routes.get("/compare", ctx -> h.pages.compare(ctx));
            config.routes.get("/history", ctx -> h.pages.history(ctx));
            config.routes.get("/rules", ctx -> h.pages.rules(ctx));
            config.routes.get("/rules/edit", ctx -> h.rules.edit(ctx));
            config.routes.get("/rules/changes", ctx -> h.rules.changes(ctx));
            config.routes.get("/admin", ctx -> h.pages.admin(ctx));
            config.routes.post("/api/users", ctx -> h.pages.user(ctx));
            config.routes.get("/waivers", ctx -> h.waivers.page(ctx));
            config.routes.post("/api/waivers", ctx -> h.waivers.propose(ctx));
            config.routes.post("/api/waivers/{id}/approve", ctx -> h.waivers.approve(ctx));
            config.routes.post("/api/waivers/{id}/reject", ctx -> h.waivers.reject(ctx));
            config.routes.exception(Guard.Refused.class, (e, ctx) -> h.refused(ctx, e.status, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("selfeval serve: " + ctx.method() + " " + ctx.path() + "：" + e);
                h.refused(ctx, 500, "工作台内部错误：" + e.getMessage() + "（详情见启动工作台的终端）");
            });
        });
        Watchdog runs = new Watchdog(Watchdog.FORM_LIMIT);
        Watchdog pages = new Watchdog(Watchdog.FORM_LIMIT); // the form pages' audits, apart from the runs'
        Workbench w = new Workbench(app, jobs, List.of(runs, pages), s.token(), s.host(), s.team());
        h.workbench = w;
        app.start(s.host(), s.port());
        Gate gate = s.team() == null ? new Guard(s.token(), app.port()) : new TeamGate(new Users(db), hosts(s.team(), app.port()), app.port());
        h.use(new Handlers.Shared(jobs, db, new SavedInputs(allowed), uploads, allowed.subList(1, allowed.size()), limits,
                s.version(), runs, pages, s.threads(), rulesDir == null ? null : new RuleEditor(rulesDir.toRealPath()), waivers), rules);
        w.gate = gate;
        return w;
    }

    /** The Host headers team mode answers to: each public host, with the port when it names none. */
    private static Set<String> hosts(Team team, int port) {
        Set<String> out = new HashSet<>();
        for (String h : team.publicHosts()) {
            String name = h.toLowerCase().strip();
            out.add(name.matches(".*:\\d+") ? name : name + ":" + port);
        }
        return out;
    }

    /** The team gate; refused in local mode, which has no logins. */
    private Gate team() {
        if (!(gate instanceof TeamGate)) {
            throw new Guard.Refused(404, "本工作台不是多人模式（serve --team），没有登录");
        }
        return gate;
    }

    private void admit(Context ctx) {
        Gate g = gate;
        if (g == null) {
            throw new Guard.Refused(503, "工作台正在启动，请稍后再试");
        }
        g.check(ctx);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin"); // no-referrer would make a form post say Origin: null
        ctx.header("Content-Security-Policy", PAGE_CSP);
        ctx.header("Cache-Control", "no-store");
        if (g instanceof Guard && ctx.method() == HandlerType.GET && Guard.tokenInAddress(ctx) && !ctx.path().startsWith("/api/")) {
            ctx.redirect(ctx.path()); // the cookie is set: the token leaves the address bar and the history
            ctx.skipRemainingHandlers();
        }
    }

    /** A new random access token. */
    public static String newToken() {
        return Guard.newToken();
    }

    /** The address to open: with the token, or in team mode the login page. */
    public String address() {
        return team != null ? "http://" + hosts(team, app.port()).stream().sorted().findFirst().orElse(host) + "/login"
                : "http://127.0.0.1:" + app.port() + "/?token=" + token;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        jobs.close();
        app.stop();
        watchdogs.forEach(Watchdog::close);
    }

    /** htmx as its webjar holds it, at the version the pom names (the webjar's own pom.properties says which). */
    private static final byte[] HTMX = resource("META-INF/resources/webjars/htmx.org/" + webjarVersion("org.webjars.npm/htmx.org")
            + "/dist/htmx.min.js");
    private static final byte[] SCRIPT = resource("dev/selfeval/web/workbench.js");
    private static final byte[] EDITOR = resource("dev/selfeval/web/editor.js");
    private static final byte[] STYLE = resource("dev/selfeval/web/workbench.css");
    private static final byte[] REPORT_STYLE = HtmlSection.style().getBytes(StandardCharsets.UTF_8);

    private static void asset(Context ctx, String type, byte[] body) {
        ctx.contentType(type + "; charset=utf-8").result(body);
    }

    private static String webjarVersion(String groupAndArtifact) {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = Workbench.class.getClassLoader().getResourceAsStream("META-INF/maven/" + groupAndArtifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the webjar " + groupAndArtifact);
            }
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Workbench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("jar 中缺少 " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
