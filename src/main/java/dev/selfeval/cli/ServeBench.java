package dev.selfeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.store.Database;
import dev.selfeval.web.Workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code bench --serve}: the warm workbench as a script or the page drives it, over HTTP on this
 * machine: the seed through {@code POST /api/runs} to its finished, saved run; a .zip of the corpus
 * the same way (forms/s, saving included); and the first page of that run's forms table, as JSON and
 * as the page's table. Medians (and the slowest) of {@code rounds} after {@code warmup} rounds.
 */
final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "selfeval-bench-boundary";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    private ServeBench(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    static int run(RuleSet rules, Path corpus, int rounds, int warmup, int threads, PrintStream out) throws Exception {
        Path tmp = Files.createTempDirectory("selfeval-serve-bench");
        String token = Workbench.newToken();
        try (Workbench bench = Workbench.start(rules, null, Database.open(tmp.resolve("runs.db").toString()),
                     new Workbench.Settings("127.0.0.1", 0, token, List.of(), tmp.resolve("uploads"), 4L << 30, threads, "bench", null, tmp.resolve("waivers.yaml")))) {
            ServeBench b = new ServeBench(bench.port(), token);
            byte[] seed = seed();
            double[] seedMs = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                long t = System.nanoTime();
                b.runToEnd(multipart("000_01ee96ef31214bdb.txt", seed));
                if (r >= 0) {
                    seedMs[r] = (System.nanoTime() - t) / 1e6;
                }
            }
            out.printf("seed through POST /api/runs to a saved run: median %.0f ms, slowest %.0f ms over %d rounds%n",
                    median(seedMs), max(seedMs), rounds);
            byte[] zip = multipart("corpus.zip", zip(corpus));
            double[] rate = new double[rounds];
            long run = 0;
            long forms = 0;
            for (int r = -warmup; r < rounds; r++) {
                long t = System.nanoTime();
                JsonNode done = b.runToEnd(zip);
                double s = (System.nanoTime() - t) / 1e9;
                run = done.get("run").asLong();
                forms = done.get("formsDone").asLong();
                if (r >= 0) {
                    rate[r] = forms / s;
                }
            }
            out.printf("zip of %,d forms (%,d bytes) to a saved run: median %,.0f forms/s, slowest %,.0f forms/s over %d rounds%n",
                    forms, zip.length, median(rate), Arrays.stream(rate).min().orElse(0), rounds);
            for (String page : List.of("/api/runs/" + run + "/forms?page=1", "/runs/" + run + "/table?page=1", "/runs/" + run)) {
                double[] ms = new double[Math.max(rounds, 20)];
                for (int r = -ms.length; r < ms.length; r++) {
                    long t = System.nanoTime();
                    b.get(page);
                    if (r >= 0) {
                        ms[r] = (System.nanoTime() - t) / 1e6;
                    }
                }
                out.printf("GET %s (a %,d-form run), request to last byte: median %.1f ms, slowest %.1f ms over %d rounds%n",
                        page, forms, median(ms), max(ms), ms.length);
            }
        } finally {
            BenchCommand.deleteTree(tmp);
        }
        return ExitCodes.OK;
    }

    /** Posts a multipart body and reads the run's events to its end; answers the job as done. */
    private JsonNode runToEnd(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 202) {
            throw new IOException("POST /api/runs: " + posted.statusCode() + " " + posted.body());
        }
        String job = JSON.readTree(posted.body()).get("job").asText();
        List<String> events = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + job + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).body().toList();
        int at = events.indexOf("event: done");
        if (at < 0) {
            throw new IOException("the run did not finish: " + events);
        }
        return JSON.readTree(events.get(at + 1).substring("data: ".length()));
    }

    private void get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + r.statusCode());
        }
    }

    private static byte[] multipart(String name, byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(content.length + 256);
        b.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(content);
        b.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] zip(Path corpus) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes); Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(corpus.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = ServeBench.class.getClassLoader().getResourceAsStream("samples/000_01ee96ef31214bdb.txt")) {
            return in.readAllBytes();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
