package dev.selfeval.report;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where POI keeps the rows of a workbook being written: a folder of this process's own, readable by
 * its user only, removed when the process ends (an interrupted run included). POI's default is one
 * {@code poifiles} folder in the system's temporary folder for every user of the machine: a folder of
 * that name made by another user would fail every workbook report, and another user could read
 * the rows.
 */
final class PoiTempFolder {
    private static Path folder;

    private PoiTempFolder() {
    }

    /** Makes POI use this process's folder, made on first use. */
    static synchronized Path use() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("selfeval-poi-"); // owner-only on a POSIX file system
            } catch (IOException e) {
                throw new UncheckedIOException("无法建立写 Excel 报告用的临时文件夹：" + e.getMessage(), e);
            }
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "selfeval-poi-cleanup"));
        }
        return folder;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the system's temporary folder is cleaned in time
        }
    }
}
