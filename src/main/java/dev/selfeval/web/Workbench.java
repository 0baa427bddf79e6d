package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.Watchdog;
import dev.selfeval.report.HtmlSection;
import dev.selfeval.store.Database;
import dev.selfeval.store.RunBrowse;
import dev.selfeval.store.RunQueries;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code selfeval serve}: the auditor's workbench, a web server on the loopback address. The routes
 * are listed here in one place; every request passes the {@link Guard} first (token, Host, CSRF).
 * Runs go through the shared pipeline ({@link RunJobs}) with the rules loaded once at start.
 */
public final class Workbench implements AutoCloseable {
    /** Where the workbench listens and what it may take. */
    public record Settings(String host, int port, String token, List<Path> roots, Path uploads, long maxUploadBytes,
                           int threads, String version) {
    }

    private static final String PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final RunJobs jobs;
    private final Watchdog pages;
    private final String token;
    private volatile Guard guard;

    private Workbench(Javalin app, RunJobs jobs, Watchdog pages, String token) {
        this.app = app;
        this.jobs = jobs;
        this.pages = pages;
        this.token = token;
    }

    /** Starts the workbench; the rules are those in force for as long as it runs. */
    public static Workbench start(RuleSet rules, Auditor auditor, Database db, Settings s) throws IOException {
        Path uploads = Files.createDirectories(s.uploads()).toRealPath();
        List<Path> allowed = new ArrayList<>(List.of(uploads));
        for (Path root : s.roots()) {
            allowed.add(root.toRealPath());
        }
        RunJobs jobs = new RunJobs(rules, auditor, db, s.threads(), s.version());
        Parts.Limits limits = new Parts.Limits(s.maxUploadBytes(), s.maxUploadBytes() * 4, 200_000);
        SavedInputs inputs = new SavedInputs(allowed);
        Holder holder = new Holder();
        Path spool = Files.createDirectories(uploads.resolve(".incoming"));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.multipartConfig.cacheDirectory(spool.toString());
            config.jetty.multipartConfig.maxTotalRequestSize(s.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(s.maxUploadBytes(), SizeUnit.BYTES);
            config.routes.before(ctx -> holder.workbench.admit(ctx));
            config.routes.get("/", ctx -> ctx.redirect("/audit"));
            config.routes.get("/static/htmx.min.js", ctx -> asset(ctx, "text/javascript", HTMX));
            config.routes.get("/static/workbench.js", ctx -> asset(ctx, "text/javascript", SCRIPT));
            config.routes.get("/static/workbench.css", ctx -> asset(ctx, "text/css", STYLE));
            config.routes.get("/static/report.css", ctx -> asset(ctx, "text/css", REPORT_STYLE));
            config.routes.get("/api/health", ctx -> holder.api.health(ctx));
            config.routes.post("/api/runs", ctx -> holder.api.start(ctx));
            config.routes.get("/api/runs/{id}", ctx -> holder.api.run(ctx));
            config.routes.get("/api/runs/{id}/events", ctx -> {
                if (!String.valueOf(ctx.header("Accept")).contains("text/event-stream")) {
                    throw new Guard.Refused(406, "进度是服务器推送事件：请求头需要 Accept: text/event-stream");
                }
                new SseHandler(0, client -> holder.api.events(client)).handle(ctx);
            });
            config.routes.get("/api/runs/{id}/forms", ctx -> holder.api.forms(ctx));
            config.routes.get("/api/runs/{id}/report", ctx -> holder.api.report(ctx));
            config.routes.get("/audit", ctx -> holder.pages.audit(ctx));
            config.routes.get("/runs", ctx -> holder.pages.runs(ctx));
            config.routes.get("/runs/latest", ctx -> holder.pages.latest(ctx));
            config.routes.get("/runs/{id}", ctx -> holder.pages.run(ctx));
            config.routes.get("/runs/{id}/table", ctx -> holder.pages.table(ctx));
            config.routes.get("/runs/{id}/forms/{seq}", ctx -> holder.form.show(ctx));
            config.routes.get("/runs/{id}/forms/{seq}/why", ctx -> holder.form.why(ctx));
            config.routes.get("/runs/{id}/forms/{seq}/download", ctx -> holder.form.download(ctx));
            config.routes.get("/compare", ctx -> holder.pages.compare(ctx));
            config.routes.get("/history", ctx -> holder.pages.history(ctx));
            config.routes.get("/rules", ctx -> holder.pages.rules(ctx));
            config.routes.exception(Guard.Refused.class, (e, ctx) -> holder.refused(ctx, e.status, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("selfeval serve: " + ctx.method() + " " + ctx.path() + "：" + e);
                holder.refused(ctx, 500, "工作台内部错误：" + e.getMessage() + "（详情见启动工作台的终端）");
            });
        });
        Watchdog pages = new Watchdog(Duration.ofSeconds(5)); // the form pages' audits, apart from the runs'
        Workbench w = new Workbench(app, jobs, pages, s.token());
        holder.workbench = w;
        app.start(s.host(), s.port());
        Guard guard = new Guard(s.token(), app.port());
        Parts parts = new Parts(rules, jobs, new RunQueries(db), new RunBrowse(db), new Downloads(rules, s.threads()), inputs,
                new FormView(rules, new Auditor(rules, pages), inputs), uploads, allowed.subList(1, allowed.size()), limits, guard, s.version(), db.name());
        Views views = new Views(parts);
        holder.api = new Api(parts);
        holder.pages = new Pages(parts, views, holder.api);
        holder.form = new FormPage(parts, views, holder.api);
        holder.views = views;
        w.guard = guard;
        return w;
    }

    /** The handlers, made once the server knows its port (the Host check needs it). */
    private static final class Holder {
        Workbench workbench;
        Api api;
        Pages pages;
        FormPage form;
        Views views;

        void refused(Context ctx, int status, String message) {
            ctx.status(status);
            boolean page = views != null && !ctx.path().startsWith("/api/") && ctx.header("HX-Request") == null
                    && String.valueOf(ctx.header("Accept")).contains("text/html");
            if (page) {
                ctx.html(views.page("无法完成", "audit", false, "refused", Map.of("title", "无法完成（" + status + "）", "message", message)));
            } else {
                try {
                    Api.json(ctx, status, Map.of("error", message));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void admit(Context ctx) {
        Guard g = guard;
        if (g == null) {
            throw new Guard.Refused(503, "工作台正在启动，请稍后再试");
        }
        g.check(ctx);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", PAGE_CSP);
        ctx.header("Cache-Control", "no-store");
        if (ctx.method() == HandlerType.GET && Guard.tokenInAddress(ctx) && !ctx.path().startsWith("/api/")) {
            ctx.redirect(ctx.path()); // the cookie is set: the token leaves the address bar and the history
            ctx.skipRemainingHandlers();
        }
    }

    /** A new random access token. */
    public static String newToken() {
        return Guard.newToken();
    }

    /** The address to open, with the token. */
    public String address() {
        return "http://127.0.0.1:" + app.port() + "/?token=" + token;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        jobs.close();
        app.stop();
        pages.close();
    }

    private static final byte[] HTMX = resource("META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js");
    private static final byte[] SCRIPT = resource("dev/selfeval/web/workbench.js");
    private static final byte[] STYLE = resource("dev/selfeval/web/workbench.css");
    private static final byte[] REPORT_STYLE = HtmlSection.style().getBytes(StandardCharsets.UTF_8);

    private static void asset(Context ctx, String type, byte[] body) {
        ctx.contentType(type + "; charset=utf-8").result(body);
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
