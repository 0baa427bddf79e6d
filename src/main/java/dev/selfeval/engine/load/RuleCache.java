package dev.selfeval.engine.load;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compiled rules kept between runs, so that a run whose rules have not changed does not compile
 * them again (compiling is about half of a cold audit of one file). An entry is keyed by the rules
 * folder's fingerprint and this build of the tool (its version and build time) and Java's version:
 * any edit to a rule, parameter or template, or a new build, misses. The folder is the user's own
 * ({@code $XDG_CACHE_HOME/selfeval}, else {@code ~/.cache/selfeval}; {@code -Dselfeval.cache.dir}
 * moves it). An entry carries the rules' compiled classes, code that runs, so the cache is kept as
 * ssh keeps {@code ~/.ssh}: a folder (mode 0700) and entries (0600) that only the user may change,
 * else unused ({@link OwnerOnly}); an entry is read within limits ({@link PackageReader}), and one
 * that does not read back, or is refused, is deleted and compiled again.
 */
final class RuleCache {
    /** Entries kept: the newest, by when they were written. */
    private static final int KEEP = 16;

    /** What has been said to the user in this process (each thing once). */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Consumer<String> say;
    private final Duration budget;

    RuleCache(Path dir) {
        this(dir, System.err::println, PackageReader.BUDGET);
    }

    /** A cache in {@code dir} that tells the user what it refuses through {@code say}, and reads within {@code budget}. */
    RuleCache(Path dir, Consumer<String> say, Duration budget) {
        this.dir = dir;
        this.say = say;
        this.budget = budget;
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
     * The packages kept under {@code key}, or null when there are none that may be used. The folder
     * and the entry must be the user's alone ({@link OwnerOnly}): a folder that is not is left alone,
     * an entry that is not, or that {@link PackageReader} refuses, is deleted; either is said once.
     * {@code rulePackages}: the DRL files' package names, whose classes an entry may hold too.
     */
    Collection<InternalKnowledgePackage> read(String key, ClassLoader loader, Collection<String> rulePackages) {
        Path file = dir.resolve(key + ".bin");
        try {
            if (!Files.isDirectory(dir) || !usable() || !Files.isRegularFile(file)) {
                return null;
            }
            OwnerOnly.Problem p = OwnerOnly.problem(file);
            if (p != null) {
                return refuse(file, p.what());
            }
            if (Files.size(file) > PackageReader.MAX_BYTES) {
                return refuse(file, "文件 " + Files.size(file) + " 字节，超过上限 " + PackageReader.MAX_BYTES + " 字节");
            }
            return PackageReader.read(Files.readAllBytes(file), loader, rulePackages, budget);
        } catch (PackageReader.Refused e) {
            return refuse(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            delete(file);
            return null;
        }
    }

    /** Whether the folder may be read and written: the user's alone, and the reading filter in place; else says why, once. */
    private boolean usable() throws IOException {
        OwnerOnly.Problem p = OwnerOnly.problem(dir);
        if (p != null) {
            sayOnce("selfeval: 未使用编译规则缓存文件夹 " + dir + "：" + p.what() + "，其中编译后的规则是会运行的代码，可能被他人替换；"
                    + "本次重新编译规则，不读也不写该文件夹。请" + p.fix());
            return false;
        }
        if (!PackageReader.guarded()) {
            sayOnce("selfeval: 未使用编译规则缓存文件夹 " + dir + "：本 Java 进程已设定了全局反序列化过滤（jdk.serialFilter 或 "
                    + "jdk.serialFilterFactory），无法限制缓存中的内容；本次重新编译规则。请去掉该设置，或使用 --no-cache");
            return false;
        }
        return true;
    }

    private Collection<InternalKnowledgePackage> refuse(Path file, String why) {
        delete(file);
        sayOnce("selfeval: 未使用编译规则缓存中的 " + file + "：" + why + "；已删除，本次重新编译规则");
        return null;
    }

    private void sayOnce(String message) {
        if (SAID.add(message)) {
            say.accept(message);
        }
    }

    /** A deep copy of compiled packages (a KieBase owns the packages added to it); they are this run's own. */
    @SuppressWarnings("unchecked")
    static Collection<InternalKnowledgePackage> copy(Collection<? extends InternalKnowledgePackage> packages, ClassLoader loader) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(toBytes(packages)), loader)) {
            return (Collection<InternalKnowledgePackage>) in.readObject();
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

    /**
     * Keeps the packages under {@code key}, in a folder of the user's alone (made so when there is none),
     * as an entry only the user may read; a cache that cannot be written, or may not be, is no error.
     */
    void write(String key, Collection<? extends InternalKnowledgePackage> packages) {
        try {
            byte[] bytes = toBytes(packages);
            if (bytes.length > PackageReader.MAX_BYTES) {
                return; // it would not be read
            }
            if (!Files.isDirectory(dir)) {
                OwnerOnly.createFolder(dir);
            }
            if (usable()) {
                OwnerOnly.write(dir, key + ".bin", bytes);
                prune();
            }
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
