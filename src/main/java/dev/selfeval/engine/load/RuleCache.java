package dev.selfeval.engine.load;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Compiled rules kept between runs, so that a run whose rules have not changed does not compile
 * them again (compiling is about half of a cold audit of one file). An entry is keyed by the rules
 * folder's fingerprint and this build of the tool (its version and build time) and Java's version:
 * any edit to a rule, parameter or template, or a new build, misses. The folder is the user's own
 * ({@code $XDG_CACHE_HOME/selfeval}, else {@code ~/.cache/selfeval}; {@code -Dselfeval.cache.dir}
 * moves it), readable by the user only; an entry that does not read back, or holds classes other
 * than the rule engine's and the JDK's, is ignored, deleted and compiled again.
 */
final class RuleCache {
    /** Entries kept: the newest, by when they were written. */
    private static final int KEEP = 16;

    private final Path dir;

    RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The user's cache folder for compiled rules. */
    static RuleCache standard() {
        String set = System.getProperty("selfeval.cache.dir");
        if (set != null) {
            return new RuleCache(Path.of(set));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("selfeval"));
    }

    /** The key of a rules folder's compiled packages in this build of the tool. */
    static String key(String rulesFingerprint) {
        Properties build = new Properties();
        try (InputStream in = RuleCache.class.getResourceAsStream("/selfeval-version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // an unknown build: the key still names the rules and Java
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(rulesFingerprint, build.getProperty("version", "?"), build.getProperty("built", "?"),
                    System.getProperty("java.vm.version", "?"))) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The packages kept under {@code key}, or null when there are none that read back. What an entry
     * may hold: the JDK's, the rule engine's and this tool's classes, and those of the rules' own
     * packages ({@code rulePackages}, the DRL files' package names).
     */
    Collection<InternalKnowledgePackage> read(String key, ClassLoader loader, Collection<String> rulePackages) {
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return fromBytes(Files.readAllBytes(file), loader, rulePackages);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            delete(file);
            return null;
        }
    }

    /** A deep copy of compiled packages (a KieBase owns the packages added to it). */
    static Collection<InternalKnowledgePackage> copy(Collection<? extends InternalKnowledgePackage> packages,
                                                     ClassLoader loader, Collection<String> rulePackages) {
        try {
            return fromBytes(toBytes(packages), loader, rulePackages);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("编译后的规则无法复制", e);
        }
    }

    private static byte[] toBytes(Collection<? extends InternalKnowledgePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Collection<InternalKnowledgePackage> fromBytes(byte[] bytes, ClassLoader loader,
                                                                  Collection<String> rulePackages)
            throws IOException, ClassNotFoundException {
        StringBuilder allowed = new StringBuilder("java.**;org.drools.**;org.kie.**;org.mvel2.**;dev.selfeval.**;");
        rulePackages.forEach(p -> allowed.append(p).append(".*;"));
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(allowed + "maxdepth=200;!*");
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            in.setObjectInputFilter(filter);
            return (Collection<InternalKnowledgePackage>) in.readObject();
        }
    }

    /** Keeps the packages under {@code key}; a cache that cannot be written is no error. */
    void write(String key, Collection<? extends InternalKnowledgePackage> packages) {
        try {
            byte[] bytes = toBytes(packages);
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: its own defaults
                }
            }
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (IOException | RuntimeException e) {
            // the next run compiles again
        }
    }

    /** Deletes all but the newest {@link #KEEP} entries. */
    private void prune() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            entries.stream().skip(KEEP).forEach(RuleCache::delete);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next prune
        }
    }
}
