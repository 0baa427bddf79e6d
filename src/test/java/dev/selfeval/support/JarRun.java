package dev.selfeval.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built jar (target/selfeval.jar) as a separate process, the way auditors run it. */
public record JarRun(int exit, String out, String err) {
    public static final Path JAR = Path.of("target/selfeval.jar").toAbsolutePath();

    public static JarRun run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), args);
    }

    /** The same with these environment variables set (LANG=C: a server's locale). */
    public static JarRun run(Path workDir, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")); // as the launcher starts a run
        if (System.getProperty("selfeval.cache.dir") != null) {
            cmd.add("-Dselfeval.cache.dir=" + Path.of(System.getProperty("selfeval.cache.dir")).toAbsolutePath());
        }
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("selfeval-out", ".txt");
        Path err = Files.createTempFile("selfeval-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("selfeval did not finish: " + cmd);
            }
            return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
