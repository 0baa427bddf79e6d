package dev.selfeval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The download for auditors without Maven (target/selfeval-VERSION.zip, src/assembly/dist.xml), unpacked
 * into an empty folder and run from there through its launchers, as auditors run it.
 */
class DistributionIT {
    private static final String SEED = "000_01ee96ef31214bdb.txt";
    private static final String NEEDS_JAVA_17 = "selfeval 需要 Java 17 或更高版本（JDK 或 JRE 均可）。";

    @TempDir
    static Path tmp;
    private static String top;
    private static Path home;
    /** Each entry's Unix mode (0755, 0644), by its name in the zip. */
    private static final Map<String, Integer> MODES = new TreeMap<>();

    @BeforeAll
    static void unpack() throws IOException {
        Properties build = new Properties();
        try (InputStream in = DistributionIT.class.getResourceAsStream("/selfeval-version.properties")) {
            build.load(in);
        }
        top = "selfeval-" + build.getProperty("version");
        Path into = Files.createDirectories(tmp.resolve("unpacked"));
        try (ZipFile zip = ZipFile.builder().setPath(Path.of("target", top + ".zip")).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                MODES.put(e.getName(), e.getUnixMode() & 0777);
                Path to = into.resolve(e.getName()).normalize();
                assertTrue(to.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, to);
                }
                Files.setPosixFilePermissions(to, permissions(e.getUnixMode()));
            }
        }
        home = into.resolve(top).toRealPath();
    }

    @Test
    void onePackageFolderWithTheJarLaunchersRulesDocsAndSamples() throws IOException {
        assertTrue(MODES.keySet().stream().allMatch(n -> n.startsWith(top + "/")), MODES.keySet().toString());
        for (String name : List.of("selfeval.jar", "README.md", "使用说明.md", "bin/selfeval.cmd", "bin/selfeval-workbench.cmd",
                "rules/tests/FUND-OVERSPENT/fires.expect.yaml", "docs/rules.md")) {
            assertTrue(Files.isRegularFile(home.resolve(name)), name);
        }
        assertEquals(0755, MODES.get(top + "/bin/selfeval"));
        assertEquals(0755, MODES.get(top + "/bin/selfeval-workbench"));
        assertEquals(-1L, Files.mismatch(Path.of("target/selfeval.jar"), home.resolve("selfeval.jar")), "the built jar, byte for byte");
        assertEquals(files(Path.of("rules")), files(home.resolve("rules")), "the rules with their tests");
        assertEquals(files(Path.of("docs")), files(home.resolve("docs")));
        assertEquals(List.of(SEED, "seed-forms.docx", "seed-forms.pdf", "seed-forms.xls", "seed-forms.xlsx"),
                files(home.resolve("samples")));
        for (String cmd : List.of("bin/selfeval.cmd", "bin/selfeval-workbench.cmd", "使用说明.md")) {
            String text = Files.readString(home.resolve(cmd), StandardCharsets.UTF_8);
            assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, cmd + ": every line ends in CRLF");
        }
        assertTrue(Files.readString(home.resolve("使用说明.md"), StandardCharsets.UTF_8).contains("把 `" + top + ".zip` 解压到任意文件夹"),
                "the quick start names this build's zip");
        String cmd = Files.readString(home.resolve("bin/selfeval.cmd"), StandardCharsets.UTF_8);
        assertTrue(cmd.startsWith("@echo off\r\n"), cmd);
        assertTrue(cmd.contains("\r\nchcp 65001 >nul\r\n") && cmd.contains("\r\nsetlocal "), cmd);
    }

    @Test
    void auditsTheSampleWithThePackagesRules() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        Run here = run(home, env, "audit", "samples/" + SEED, "--format", "json", "--fail-on", "none");
        assertEquals(0, here.exit(), here.err());
        JsonNode report = new ObjectMapper().readTree(here.out());
        assertEquals(10, report.get("forms").size());
        assertEquals(List.of(SEED + "#5 FUND-OVERSPENT"), overspent(report));
        assertEquals("rules", report.at("/rules/dir").asText(), "./rules of the working folder");

        // elsewhere, without a ./rules, the package's rules/ rather than the jar's copy
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Run away = run(elsewhere, env, "audit", home.resolve("samples/" + SEED).toString(), "--format", "json");
        assertEquals(1, away.exit(), "the sample's one ERROR fails the run by default: " + away.err());
        JsonNode report2 = new ObjectMapper().readTree(away.out());
        assertEquals(home.resolve("rules").toString(), report2.at("/rules/dir").asText());
        assertEquals(report.at("/rules/fingerprint"), report2.at("/rules/fingerprint"));
        assertEquals(10, report2.get("forms").size());
        assertEquals(List.of(SEED + "#5 FUND-OVERSPENT"), overspent(report2), "a file given by name: its name is the id base");
    }

    @Test
    void withoutJavaTheLauncherSaysWhatIsMissingInChinese() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-java"));
        Run stale = run(home, Map.of("JAVA_HOME", empty.toString(), "PATH", empty.toString()), "--version");
        assertEquals(9, stale.exit());
        assertTrue(stale.err().startsWith("selfeval：环境变量 JAVA_HOME 设为 " + empty + "，但其中没有可运行的 bin/java。\n"
                + NEEDS_JAVA_17 + "\n下载：https://adoptium.net/zh-CN/temurin/releases/ "), stale.err());
        assertTrue(stale.err().contains("把环境变量 JAVA_HOME 设为 Java 的安装文件夹"), stale.err());
        assertEquals("", stale.out());

        Run none = run(home, Map.of("PATH", empty.toString()), "--version");
        assertEquals(9, none.exit());
        assertTrue(none.err().startsWith("selfeval：找不到 Java（没有设置 JAVA_HOME，PATH 中也没有 java）。\n" + NEEDS_JAVA_17), none.err());

        Path old = fakeJava(tmp.resolve("java8"), "java version \"1.8.0_381\"", 0);
        Run tooOld = run(home, Map.of("PATH", old.resolve("bin").toString()), "--version");
        assertEquals(9, tooOld.exit());
        assertTrue(tooOld.err().startsWith("selfeval：" + old.resolve("bin/java") + " 是 Java 1.8.0_381，版本太旧。\n" + NEEDS_JAVA_17),
                tooOld.err());
    }

    @Test
    void javaGetsTheDefaultOptionsOrSelfevalJavaOptsAndGivesTheExitCode() throws Exception {
        Path java = fakeJava(tmp.resolve("java21"), "Picked up JAVA_TOOL_OPTIONS: -Dx=1\nopenjdk version \"21.0.2\" 2024-01-16", 7);
        Path empty = Files.createDirectories(tmp.resolve("empty-path"));
        Run plain = run(home, Map.of("JAVA_HOME", java.toString(), "PATH", empty.toString()), "audit", "a b.xlsx");
        assertEquals(7, plain.exit(), plain.err());
        String rules = "-Dselfeval.rules.dir=" + home.resolve("rules");
        String jar = home.resolve("selfeval.jar").toString();
        assertEquals(List.of("-Dfile.encoding=UTF-8", rules, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar,
                "audit", "a b.xlsx"), plain.out().lines().toList());

        Run serve = run(home, Map.of("JAVA_HOME", java.toString(), "PATH", empty.toString()), "serve", "--port", "0");
        assertEquals(List.of("-Dfile.encoding=UTF-8", rules, "-XX:+UseSerialGC", "-Xmx768m", "-Xmn512m", "-jar", jar,
                "serve", "--port", "0"), serve.out().lines().toList(), "the workbench runs long: the optimising compiler");

        Run opts = run(home, Map.of("JAVA_HOME", java.toString(), "PATH", empty.toString(),
                "SELFEVAL_JAVA_OPTS", "-Xmx2g -Dselfeval.x=*"), "--version");
        assertEquals(7, opts.exit(), opts.err());
        assertEquals(List.of("-Dfile.encoding=UTF-8", rules, "-Xmx2g", "-Dselfeval.x=*", "-jar", jar, "--version"),
                opts.out().lines().toList());
    }

    @Test
    void serveAnswersHealthWithTheTokenOnly() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/selfeval").toString(), "serve", "--port", "0",
                "--token", "testtoken-0123456789", "--db", tmp.resolve("serve-runs.db").toString())
                .directory(home.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(environment(Map.of("JAVA_HOME", System.getProperty("java.home"))));
        Process p = pb.start();
        try {
            Pattern address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=testtoken-0123456789");
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            Matcher m = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    said.append(line).append('\n');
                    Matcher found = address.matcher(line);
                    if (found.find()) {
                        return found;
                    }
                }
                return null;
            }, () -> "serve printed its address within 60 s: " + said);
            assertTrue(m != null, "serve printed its address: " + said);
            int port = Integer.parseInt(m.group(1));
            assertTrue(port > 0, "--port 0 picks a free port");
            HttpClient http = HttpClient.newHttpClient();
            URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer testtoken-0123456789").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().replace(" ", "").contains("\"status\":\"ok\""), ok.body());
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), refused.body());
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertFalse(p.isAlive());
    }

    private record Run(int exit, String out, String err) { }

    /** Runs bin/selfeval in {@code dir} with this environment (over {@link #environment}). */
    private static Run run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/selfeval").toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment(env));
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bin/selfeval did not finish: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * A user's environment: PATH, a UTF-8 locale, caches and data in the test's folder (never the user's),
     * no JAVA_HOME, and then {@code env}.
     */
    private static Map<String, String> environment(Map<String, String> env) {
        Map<String, String> all = new HashMap<>();
        all.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        all.put("HOME", tmp.toString());
        all.put("LANG", "C.UTF-8");
        all.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        all.put("XDG_DATA_HOME", tmp.resolve("data").toString());
        all.putAll(env);
        return all;
    }

    /** A JAVA_HOME whose bin/java answers -version with {@code version} and otherwise prints its arguments, one a line. */
    private static Path fakeJava(Path javaHome, String version, int exit) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then printf '%s\\n' '" + version.replace("\n", "' '") + "' >&2; exit 0; fi\n"
                + "for a; do printf '%s\\n' \"$a\"; done\nexit " + exit + "\n");
        Files.setPosixFilePermissions(java, permissions(0755));
        return javaHome;
    }

    private static List<String> overspent(JsonNode report) {
        List<String> found = new ArrayList<>();
        for (JsonNode form : report.get("forms")) {
            for (JsonNode f : form.get("findings")) {
                if (f.get("ruleId").asText().equals("FUND-OVERSPENT")) {
                    found.add(form.get("id").asText() + " FUND-OVERSPENT");
                }
            }
        }
        return found;
    }

    /** The files below {@code dir}, as relative paths in order. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // owner rwx, group rwx, others rwx
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(all[i]);
            }
        }
        return set;
    }
}
