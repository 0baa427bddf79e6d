package dev.selfeval.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.store.Database;
import dev.selfeval.support.Rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A workbench started in the test's JVM on a free port, with the shipped rules and an SQLite file of its own. */
final class RunningWorkbench implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";
    /** The header a script sends the token in. */
    static final String[] BEARER = {"Authorization", "Bearer " + TOKEN};
    static final Path SEED = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Workbench workbench;
    final String base;
    final Path root;
    /** The rules folder the workbench edits: a copy of rules/ (its rule-test cases left out). */
    final Path rules;
    final HttpClient http = HttpClient.newHttpClient();

    RunningWorkbench(Path tmp) throws IOException {
        this(tmp, Database.open(tmp.resolve("runs.db").toString()), null);
    }

    /** In team mode when {@code team} is given, on this database. */
    RunningWorkbench(Path tmp, Database db, Workbench.Team team) throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        Files.copy(SEED, Files.createDirectories(root.resolve("区县")).resolve("seed.txt"));
        rules = Rules.copy(tmp.resolve("rules"));
        workbench = Workbench.start(Rules.shipped(), rules, db,
                new Workbench.Settings("127.0.0.1", 0, TOKEN, List.of(root), tmp.resolve("uploads"), 8 << 20, 2, "selfeval test", team,
                        tmp.resolve("waivers.yaml")));
        base = "http://127.0.0.1:" + workbench.port();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST /api/runs with the files as multipart {@code files}, and the given headers. */
    HttpResponse<String> upload(List<Path> files, String... headers) throws IOException, InterruptedException {
        String boundary = "selfeval-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form's fields POSTed urlencoded, with the given headers. */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        return post(http, base + path, fields, headers);
    }

    static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads with the token and follows the run's events to its end; answers the saved run's id. */
    long run(List<Path> files) throws IOException, InterruptedException {
        return finished(http, base, upload(files, BEARER), BEARER);
    }

    /** Follows a started run's events to its end; answers the saved run's number. */
    static long finished(HttpClient http, String base, HttpResponse<String> started, String... headers) throws IOException, InterruptedException {
        if (started.statusCode() != 202) {
            throw new AssertionError(started.statusCode() + " " + started.body());
        }
        String job = json(started.body()).get("job").asText();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + job + "/events")).header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        String events = http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
        int done = events.indexOf("event: done\ndata: ");
        if (done < 0) {
            throw new AssertionError(events);
        }
        return json(events.substring(done + 18).lines().findFirst().orElseThrow()).get("run").asLong();
    }

    /** The CSRF token a page carries, or null for a page without one. */
    static String csrf(String page) {
        int at = page.indexOf("name=\"csrf-token\" content=\"");
        return at < 0 ? null : page.substring(at + 27, page.indexOf('"', at + 27));
    }

    /** How many findings of a rule a run's JSON ({@code GET /api/runs/{id}}) counts. */
    static int findings(String runJson, String rule) throws IOException {
        return json(runJson).get("findingsByRule").path(rule).asInt(0);
    }

    static JsonNode json(String s) throws IOException {
        return JSON.readTree(s);
    }

    @Override
    public void close() {
        workbench.close();
    }
}
