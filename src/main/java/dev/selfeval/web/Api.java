package dev.selfeval.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.selfeval.store.FormFilter;
import dev.selfeval.store.Role;
import dev.selfeval.store.RunQueries;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP API (docs/api.md): what the pages call and scripts may call, with the token. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Parts parts;

    Api(Parts parts) {
        this.parts = parts;
    }

    void health(Context ctx) throws IOException {
        json(ctx, 200, Map.of("status", "ok", "version", parts.version(), "rules", parts.rules().fingerprint(),
                "ruleCount", parts.rules().rules().size()));
    }

    /** {@code POST /api/runs}: multipart {@code files} (forms, folders' files, .zip), or {@code folder} under a root. */
    void start(Context ctx) throws IOException {
        Gate.require(ctx, Role.AUDITOR);
        String picked = ctx.formParam("folder");
        Job job;
        if (picked != null && !picked.isBlank()) {
            Path folder;
            try {
                folder = parts.inputs().confined(Path.of(picked));
            } catch (java.nio.file.InvalidPathException e) {
                throw new Guard.Refused(400, "文件夹名「" + picked + "」不是可用的路径");
            }
            if (folder == null || !Files.isDirectory(folder) || parts.roots().stream().noneMatch(folder::startsWith)) {
                throw new Guard.Refused(403, "文件夹 " + picked + " 不在工作台启动时给的文件夹（--root）之内");
            }
            job = parts.jobs().submit(folder, List.of());
        } else {
            List<UploadedFile> files = ctx.uploadedFiles("files");
            if (files.isEmpty()) {
                throw new Guard.Refused(400, "没有收到文件：请用 multipart 表单字段 files 上传自评表或 zip，或用 folder 指定文件夹");
            }
            Path folder = Files.createDirectories(parts.uploads()).resolve(Guard.newToken().substring(0, 16));
            Parts.Limits limits = parts.limits();
            Uploads uploads = new Uploads(folder, limits.unpackedBytes(), limits.files());
            try {
                for (UploadedFile f : files) {
                    try (InputStream in = f.content()) {
                        uploads.add(f.filename(), in);
                    }
                }
            } catch (Uploads.TooBig e) {
                Folders.delete(folder);
                throw new Guard.Refused(413, e.getMessage());
            } catch (IOException | RuntimeException e) {
                Folders.delete(folder); // nothing half-written stays behind
                throw e;
            }
            if (uploads.files() == 0) {
                Folders.delete(folder);
                throw new Guard.Refused(400, "上传的内容中没有可审核的文件：" + String.join("；", uploads.refused()));
            }
            job = parts.jobs().submit(folder, uploads.refused());
        }
        Gate.Who who = Gate.who(ctx);
        parts.users().log(who.name(), ctx.ip(), "run-started", job.id() + "：" + job.snapshot().files() + " 个文件");
        ctx.header("Location", "/api/runs/" + job.id());
        json(ctx, 202, job.snapshot());
    }

    /** {@code GET /api/runs/{id}}: a job by its id, or a saved run by its number. */
    void run(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Job job = parts.jobs().job(id);
        if (job != null) {
            json(ctx, 200, job.snapshot());
            return;
        }
        RunQueries.Run run = parts.saved(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", run.finished() ? "done" : "unfinished");
        out.put("run", run);
        out.put("findingsByRule", parts.browse().findingsByRule(run.id()));
        json(ctx, 200, out);
    }

    /** {@code GET /api/runs/{id}/events}: the job's progress as server-sent events, until it is done. */
    void events(SseClient client) {
        String id = client.ctx().pathParam("id");
        Job job = parts.jobs().job(id);
        try {
            if (job == null) {
                RunQueries.Run run = parts.saved(id);
                client.sendEvent("done", JSON.writeValueAsString(Map.of("status", "done", "run", run.id())));
                return;
            }
            long seen = -1;
            while (!client.terminated()) {
                long now = job.awaitChange(seen, 500);
                Job.Snapshot s = job.snapshot(); // one snapshot decides both the event's name and its data
                boolean end = s.status().equals("done") || s.status().equals("failed");
                if (now != seen || end) {
                    client.sendEvent(end ? s.status() : "progress", JSON.writeValueAsString(s));
                    seen = now;
                }
                if (end) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | Guard.Refused e) {
            client.sendEvent("failed", "{\"error\":" + quoted(e.getMessage()) + "}");
        } finally {
            client.close();
        }
    }

    /** {@code GET /api/runs/{id}/forms}: one page of the run's forms, worst first, filtered. */
    void forms(Context ctx) throws IOException {
        RunQueries.Run run = parts.saved(ctx.pathParam("id"));
        FormFilter filter = Filters.of(ctx);
        int page = Filters.page(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", run.id());
        out.put("page", page);
        out.put("pageSize", RunQueries.PAGE);
        out.put("total", parts.browse().count(run.id(), filter));
        out.put("forms", parts.browse().forms(run.id(), filter, page, RunQueries.PAGE));
        json(ctx, 200, out);
    }

    /** {@code GET /api/runs/{id}/report?format=}: the run's report, made again from its files. */
    void report(Context ctx) throws IOException, InterruptedException {
        RunQueries.Run run = parts.saved(ctx.pathParam("id"));
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        Downloads.Kind kind = Downloads.KINDS.get(format);
        if (kind == null) {
            throw new Guard.Refused(400, "不认识的报告格式「" + format + "」；可用：" + String.join("、", Downloads.KINDS.keySet().stream().sorted().toList()));
        }
        Path folder = parts.inputs().folder(run);
        if (folder == null) {
            throw new Guard.Refused(409, "运行 " + run.id() + " 的输入文件不在工作台可读的文件夹中，无法重新生成报告");
        }
        if (!parts.forms().sameRules(run)) {
            throw new Guard.Refused(409, "运行 " + run.id() + " 所用的规则（指纹 " + run.rulesFingerprint() + "）不是现行规则，"
                    + "按现行规则生成的报告会与保存的结果不同；请用当时的规则启动工作台，或重新审核");
        }
        ctx.contentType(kind.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"selfeval-run-" + run.id() + "." + kind.extension() + "\"");
        OutputStream out = ctx.outputStream();
        parts.downloads().run(folder, format, out);
    }

    static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            return "\"\"";
        }
    }
}
