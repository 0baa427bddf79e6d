package dev.selfeval.web;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Puts what an auditor dropped into a run's own folder: each file under its relative name with every
 * part that could leave the folder dropped ({@code ..}, drive letters, leading slashes), and each .zip
 * unpacked beside it under the same confinement. A zip's links are refused, and its unpacking stops
 * at a limit of bytes and of entries counted as they are written, not as the zip declares them, so a
 * zip bomb costs at most the limit. What was refused is told, never dropped in silence.
 */
final class Uploads {
    /** Refused: the upload as a whole cannot go on (a limit reached). */
    static final class TooBig extends IOException {
        TooBig(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final long maxBytes;
    private final int maxEntries;
    private long written;
    private int entries;
    private final List<String> refused = new ArrayList<>();

    /**
     * @param maxBytes   the most the run's files may take unpacked, all together
     * @param maxEntries the most files a run may hold
     */
    Uploads(Path folder, long maxBytes, int maxEntries) throws IOException {
        this.folder = Files.createDirectories(folder).toRealPath();
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** Files refused and why. */
    List<String> refused() {
        return refused;
    }

    int files() {
        return entries;
    }

    /** Adds one uploaded file under its (relative) name; a .zip is unpacked into a folder of its name. */
    void add(String name, InputStream content) throws IOException {
        Path target = place(name);
        if (target == null) {
            refused.add(name + "：文件名不可用");
            return;
        }
        copy(content, target, name);
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path into = target.resolveSibling(stem(target.getFileName().toString()));
            unzip(target, into, name);
            Files.delete(target);
            entries--;
        }
    }

    private void unzip(Path zip, Path into, String shown) throws IOException {
        // the JDK's reader counts the entries from the zip's directory without making an object of each: a zip of
        // millions of empty entries is refused before the full reader (which does) would fill the memory. Names are
        // read as Latin-1 here, which takes any byte: a zip made on Chinese Windows names its files in GBK.
        try (java.util.zip.ZipFile count = new java.util.zip.ZipFile(zip.toFile(), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            if (count.size() > maxEntries - entries) {
                throw new TooBig(shown + " 中有 " + count.size() + " 个文件，超过每次上传最多 " + maxEntries + " 个，请分批审核");
            }
        } catch (TooBig e) {
            throw e;
        } catch (IOException e) {
            refused.add(shown + "：不是可以解开的 zip 压缩包（" + e.getMessage() + "）");
            return;
        }
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> all = z.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String where = shown + "!" + e.getName();
                if (e.isUnixSymlink()) {
                    refused.add(where + "：压缩包中的链接不予解开");
                    continue;
                }
                Path target = place(into, e.getName());
                if (target == null) {
                    refused.add(where + "：路径会落到本次运行的文件夹之外，不予解开");
                    continue;
                }
                if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    refused.add(where + "：压缩包里的压缩包不再解开，请先解开再上传");
                    continue;
                }
                try (InputStream in = z.getInputStream(e)) {
                    copy(in, target, where);
                }
            }
        } catch (TooBig e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            refused.add(shown + "：不是可以解开的 zip 压缩包（" + e.getMessage() + "）");
        }
    }

    private void copy(InputStream in, Path target, String shown) throws IOException {
        if (++entries > maxEntries) {
            throw new TooBig("文件超过 " + maxEntries + " 个（到 " + shown + " 为止），请分批审核");
        }
        Files.createDirectories(target.getParent());
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            refused.add(shown + "：同名文件已上传过一次，只审核第一个");
            entries--;
            return;
        }
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > maxBytes) {
                    throw new TooBig("上传（解开后）超过 " + (maxBytes >> 20) + " MB（到 " + shown + " 为止），请分批审核");
                }
                out.write(buf, 0, n);
            }
        }
    }

    private Path place(String name) {
        return place(folder, name);
    }

    /** Where a relative name lands inside {@code base}, or null when it cannot land inside the run's folder. */
    private Path place(Path base, String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains(":") || part.indexOf('\0') >= 0) {
                continue;
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return null;
        }
        Path p = base;
        for (String part : parts) {
            p = p.resolve(part);
        }
        p = p.normalize();
        return p.startsWith(folder) && !p.equals(folder) ? p : null;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file + "_";
    }
}
