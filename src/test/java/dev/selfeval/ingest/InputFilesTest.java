package dev.selfeval.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Folders as a sweep lists them: links followed, loops and what cannot be listed named, never dropped. */
class InputFilesTest {

    private static List<String> shown(InputFiles.Expanded e) {
        return e.files().stream().map(f -> f.idBase() + (f.unlisted() == null ? "" : " ! " + f.unlisted())).toList();
    }

    @Test
    void aLinkedFolderInsideIsReadLikeAnyOther(@TempDir Path tmp) throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.txt"), "x");
        Path swept = Files.createDirectories(tmp.resolve("swept"));
        Files.writeString(swept.resolve("a.txt"), "x");
        Files.createSymbolicLink(swept.resolve("linked"), elsewhere);
        assertEquals(List.of("swept/a.txt", "swept/linked/b.txt"), shown(InputFiles.expand(List.of(swept.toString()))));
    }

    @Test
    void aFolderNamedThroughALinkIsRead(@TempDir Path tmp) throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "x");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertEquals(List.of("link/a.txt"), shown(InputFiles.expand(List.of(link.toString()))));
    }

    @Test
    void aLinkBackToAFolderAboveIsNamedOnce(@TempDir Path tmp) throws IOException {
        Path swept = Files.createDirectories(tmp.resolve("swept"));
        Files.writeString(swept.resolve("a.txt"), "x");
        Files.createSymbolicLink(swept.resolve("loop"), swept);
        assertEquals(List.of("swept/a.txt", "swept/loop ! 符号链接指回它上层的文件夹（循环），未再次读取"),
                shown(InputFiles.expand(List.of(swept.toString()))));
    }

    @Test
    void aPathTooLongForTheFileSystemIsNamedAndTheRestListed(@TempDir Path tmp) throws Exception {
        Path swept = Files.createDirectories(tmp.resolve("swept"));
        Files.writeString(swept.resolve("a.txt"), "x");
        // 17 folders of 250 characters: over the 4,096 bytes a path may have, made one step at a time
        String name = "d".repeat(250);
        Process p = new ProcessBuilder("bash", "-c", "for i in $(seq 17); do mkdir " + name + " && cd " + name
                + " || exit 1; done; echo x > deep.txt").directory(swept.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        try {
            List<InputFile> files = InputFiles.expand(List.of(swept.toString())).files();
            assertEquals("swept/a.txt", files.get(0).idBase());
            assertNull(files.get(0).unlisted());
            assertEquals(2, files.size());
            assertEquals("路径过长，文件系统无法打开，其中的表格未审核：请把文件夹移到较短的路径下", files.get(1).unlisted());
            FileResult read = FormReaders.read(files.get(1), null, null);
            assertEquals("路径过长，文件系统无法打开，其中的表格未审核：请把文件夹移到较短的路径下", read.error());
        } finally {
            // rm walks down by relative steps; the JDK cannot delete what it cannot name
            new ProcessBuilder("rm", "-rf", name).directory(swept.toFile()).start().waitFor();
        }
    }

    @Test
    void aFolderTheUserMayNotReadSaysSo() {
        assertEquals("无权读取此文件夹（权限不足），其中的表格未审核：请让管理员开放读取权限，或把表格复制到可读的文件夹",
                FolderWalk.why(new AccessDeniedException("/srv/forms/secret")));
    }
}
