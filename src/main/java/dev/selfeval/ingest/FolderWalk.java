package dev.selfeval.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files below a folder, sorted by their path inside it. Symbolic links are followed (a linked
 * folder is read like any other), hidden folders below the first ({@code .git}) are not looked at,
 * and named pipes and devices are kept so that reading them is refused aloud. What cannot be
 * listed is an entry too, with the reason: a folder the user may not read, a link that leads back
 * to a folder above it, a path too long for the file system.
 */
final class FolderWalk {
    /** A file to read, or (with {@code unlisted}) an entry that could not be listed, and why. */
    record Entry(Path path, String unlisted) {
    }

    private FolderWalk() {
    }

    static List<Entry> of(Path dir) {
        List<Entry> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName() != null && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    out.add(new Entry(f, null));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    out.add(new Entry(f, why(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        out.add(new Entry(d, why(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(new Entry(dir, why(e)));
        }
        out.sort(Comparator.comparing(e -> dir.relativize(e.path()).toString().replace('\\', '/')));
        return out;
    }

    /** Why an entry could not be listed, as the user reads it. */
    static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "符号链接指回它上层的文件夹（循环），未再次读取";
        }
        if (e instanceof AccessDeniedException) {
            return "无权读取此文件夹（权限不足），其中的表格未审核：请让管理员开放读取权限，或把表格复制到可读的文件夹";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if ("File name too long".equals(reason)) {
            return "路径过长，文件系统无法打开，其中的表格未审核：请把文件夹移到较短的路径下";
        }
        return "无法列出或打开（" + reason + "），未读取";
    }
}
