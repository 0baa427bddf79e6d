package dev.selfeval.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built jar (target/selfeval.jar) as a separate process, the way auditors run it. */
public record JarRun(int exit, String out, String err) {
    public static final Path JAR = Path.of("target/selfeval.jar").toAbsolutePath();
    /** The class-data archive the tests' runs share, as the launcher's runs share target/selfeval.jsa. */
    private static final Path ARCHIVE = Path.of("target/it-classes.jsa").toAbsolutePath();

    public static JarRun run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), args);
    }

    /**
     * The command that starts the jar as the launcher starts a run: the client compiler, the serial
     * collector, and a class-data archive of the jar's classes (made once per build, by the first run
     * that needs it, while the others wait for it; a run whose archive could not be made starts without one), then the arguments.
     */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (archive()) {
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (System.getProperty("selfeval.cache.dir") != null) {
            cmd.add("-Dselfeval.cache.dir=" + Path.of(System.getProperty("selfeval.cache.dir")).toAbsolutePath());
        }
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The same with these environment variables set (LANG=C: a server's locale). */
    public static JarRun run(Path workDir, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = command(args);
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

    /**
     * Whether the archive is there for this jar: made under a lock by a training run (the seed's audit)
     * when it is missing or older than the jar; false when it could not be made, and the run goes without.
     */
    private static synchronized boolean archive() {
        try (FileChannel lockFile = FileChannel.open(Path.of("target/it-classes.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            if (Files.exists(ARCHIVE) && Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) >= 0) {
                return true;
            }
            Path made = ARCHIVE.resolveSibling("it-classes.jsa.part");
            Files.deleteIfExists(made);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + made, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", JAR.toString(),
                    "audit", "--rules", Path.of("rules").toAbsolutePath().toString(), "--fail-on", "none",
                    Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(made)) {
                p.destroyForcibly();
                return false;
            }
            Files.move(made, ARCHIVE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
