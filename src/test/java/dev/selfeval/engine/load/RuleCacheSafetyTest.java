package dev.selfeval.engine.load;

import com.sun.security.auth.module.UnixSystem;
import dev.selfeval.engine.RuleSet;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The cache carries compiled rules, code that runs: it is used only from a folder and entries that
 * only the user may change, and an entry is read within limits. Whether an entry was read shows in
 * the rules: a planted entry is compiled from rules with one rule renamed, and put under the key of
 * the shipped rules; a run that reads it has the renamed rule, one that compiles has the original.
 */
class RuleCacheSafetyTest {
    private static final String PACKAGE = "selfeval.rules";
    private static final String ORIGINAL = "分值合计不等于总分";
    private static final String PLANTED = "分值合计不等于总分（缓存）";
    private static byte[] planted;

    /** The entry of the shipped rules with one rule renamed (compiled once). */
    private static synchronized byte[] planted(Path tmp) throws Exception {
        if (planted == null) {
            Path rules = Rules.copy(tmp.resolve("renamed"));
            Rules.edit(rules.resolve("form.drl"), "rule \"" + ORIGINAL + "\"", "rule \"" + PLANTED + "\"");
            Path cache = tmp.resolve("renamed-cache");
            RuleLoader.load(RuleFiles.of(rules), new RuleCache(cache));
            planted = Files.readAllBytes(entries(cache).get(0));
        }
        return planted;
    }

    /** Where the shipped rules' entry is kept in {@code cache}. */
    private static Path entry(Path cache) {
        try {
            return cache.resolve(RuleLoader.compiledKey(RuleFiles.of(Rules.DIR)) + ".bin");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    private static Path write(Path file, byte[] bytes, String mode) throws IOException {
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.write(file, bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** Loads the shipped rules with {@code cache}, what it says going to {@code said}; whether the planted entry was read. */
    private static boolean readPlanted(Path cache, List<String> said, Duration budget) throws Exception {
        RuleSet rs = RuleLoader.load(RuleFiles.of(Rules.DIR), new RuleCache(cache, said::add, budget));
        boolean read = rs.kieBase().getRule(PACKAGE, PLANTED) != null;
        assertEquals(!read, rs.kieBase().getRule(PACKAGE, ORIGINAL) != null, "one of the two");
        return read;
    }

    /** The classic "SerialDOS": {@code depth} levels of HashSets, each holding both sets of the next level. */
    private static byte[] nestedSets(int depth) throws IOException {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(root);
        }
        return bytes.toByteArray();
    }

    @Test
    void aPrivateFolderAndEntryAreMadeAndRead(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("made/selfeval");
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "nothing kept yet: compiled");
        assertEquals("rwx------", mode(cache));
        assertEquals(List.of(entry(cache)), entries(cache));
        assertEquals("rw-------", mode(entry(cache)));
        Files.write(entry(cache), planted(tmp));
        assertTrue(readPlanted(cache, said, PackageReader.BUDGET), "a second load reads the cache");
        assertEquals(List.of(), said);
    }

    @Test
    void aFolderOthersMayWriteIsNotUsed(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path entry = write(entry(cache), planted(tmp), "rw-------");
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "compiled, not read");
        assertEquals(List.of("selfeval: 未使用编译规则缓存文件夹 " + cache + "：权限为 0777（rwxrwxrwx），同组或其他用户可以写入，"
                + "其中编译后的规则是会运行的代码，可能被他人替换；本次重新编译规则，不读也不写该文件夹。请执行 chmod 700 " + cache), said);
        assertEquals(List.of(entry), entries(cache), "the folder is left as it is");
        assertArrayEquals(planted(tmp), Files.readAllBytes(entry));
    }

    @Test
    void anEntryOthersMayWriteIsRefused(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path entry = write(entry(cache), planted(tmp), "rw-rw-rw-");
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "compiled, not read");
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：权限为 0666（rw-rw-rw-），同组或其他用户可以写入；"
                + "已删除，本次重新编译规则"), said);
        assertEquals("rw-------", mode(entry), "written again, the user's alone");
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET));
        assertEquals(1, said.size(), "the new entry is used without a word");
    }

    @Test
    void anEntryOfAnotherUserIsRefused(@TempDir Path tmp) throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "only root can give a file away");
        Path cache = tmp.resolve("cache");
        Path entry = write(entry(cache), planted(tmp), "rw-------");
        Files.setAttribute(entry, "unix:uid", 65534);
        String other = Files.getOwner(entry).getName();
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "compiled, not read");
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：属于用户 " + other + "，不属于当前用户 "
                + System.getProperty("user.name") + "；已删除，本次重新编译规则"), said);
        assertEquals(0L, ((Number) Files.getAttribute(entry, "unix:uid")).longValue(), "written again by the user");
    }

    @Test
    void aNestedSetBombIsRefusedAndCompiledAgain(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        byte[] bomb = nestedSets(100);
        Path entry = write(entry(cache), bomb, "rw-------");
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "compiled");
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：对象嵌套 73 层，超过上限 72 层；"
                + "已删除，本次重新编译规则"), said);
        assertTrue(Files.size(entry) > 100_000, "the compiled rules kept in its place: " + Files.size(entry));
    }

    @Test
    void aReadOverItsBudgetIsAbandoned(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path entry = write(entry(cache), nestedSets(20), "rw-------"); // within the limits, and a third of a second to read
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, Duration.ZERO), "compiled");
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：读取超过 0 毫秒的时限，已放弃；"
                + "已删除，本次重新编译规则"), said);
    }

    @Test
    void anEntryOfOtherClassesIsRefused(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(java.time.LocalDate.of(2024, 1, 1))));
        }
        Path entry = write(entry(cache), bytes.toByteArray(), "rw-------");
        List<String> said = new ArrayList<>();
        assertFalse(readPlanted(cache, said, PackageReader.BUDGET), "compiled");
        assertEquals(List.of("selfeval: 未使用编译规则缓存中的 " + entry + "：含有编译后的规则用不到的类 java.time.Ser；"
                + "已删除，本次重新编译规则"), said);
    }
}
