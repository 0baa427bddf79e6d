package dev.selfeval.engine.load;

import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files that only the current user may change, as ssh keeps {@code ~/.ssh}: what is in
 * them is trusted as the user's own. On a file system without owners and POSIX modes (Windows) every
 * file passes, as the file system offers nothing to check.
 */
final class OwnerOnly {
    /** Why a folder or file is not the user's alone: what is wrong, and how to put it right (for a folder). */
    record Problem(String what, String fix) {
    }

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /**
     * What makes {@code p} (a folder or file, links followed) unsafe to trust: another owner, or write
     * permission for its group or others; null when there is nothing wrong or nothing to check.
     */
    static Problem problem(Path p) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(p, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return null;
        }
        String user = System.getProperty("user.name");
        if (!mine(p, a, user)) {
            return new Problem("属于用户 " + a.owner().getName() + "，不属于当前用户 " + user,
                    "删除它（下次运行时会重新建立），或用环境变量 XDG_CACHE_HOME 指定自己的缓存位置");
        }
        Set<PosixFilePermission> mode = a.permissions();
        if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            return new Problem("权限为 " + octal(mode) + "（" + PosixFilePermissions.toString(mode) + "），同组或其他用户可以写入",
                    "执行 chmod " + (a.isDirectory() ? "700 " : "600 ") + p);
        }
        return null;
    }

    /** Whether the current user owns {@code p}: by user id where the file system tells it, else by name. */
    private static boolean mine(Path p, PosixFileAttributes a, String user) throws IOException {
        try {
            return ((Number) Files.getAttribute(p, "unix:uid")).longValue() == new UnixSystem().getUid();
        } catch (UnsupportedOperationException | IllegalArgumentException | LinkageError e) {
            return a.owner().getName().equals(user);
        }
    }

    /** A mode as chmod writes it: {@code 0755}. */
    static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission p : mode) {
            bits |= 1 << (8 - p.ordinal()); // OWNER_READ is the first and highest bit, OTHERS_EXECUTE the last
        }
        return String.format("0%03o", bits);
    }

    /** Creates {@code dir} (and its missing parents), readable, writable and searchable by its owner only. */
    static void createFolder(Path dir) throws IOException {
        if (dir.toAbsolutePath().getParent() != null) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(dir, FOLDER); // whatever the umask took away
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            // made at the same moment by another run: checked as any existing folder
        }
    }

    /**
     * Writes {@code bytes} to {@code dir/name} at once: into a file that is readable and writable by its
     * owner only from the moment it exists, then moved over the name, so that a reader sees the old
     * file or the whole new one.
     */
    static void write(Path dir, String name, byte[] bytes) throws IOException {
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, name, ".tmp", PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            tmp = Files.createTempFile(dir, name, ".tmp", new FileAttribute<?>[0]);
        }
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
