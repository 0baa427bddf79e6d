package dev.selfeval.web;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadsTest {
    @TempDir
    Path tmp;

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                ZipArchiveEntry e = new ZipArchiveEntry((String) namesAndContents[i]);
                Object content = namesAndContents[i + 1];
                if (content == null) { // a link to /etc/passwd
                    e.setUnixMode(0120777);
                    content = "/etc/passwd";
                }
                z.putArchiveEntry(e);
                z.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
                z.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void namesThatWouldLeaveTheFolderAreKeptInsideIt() throws IOException {
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 100);
        u.add("../../escape.txt", text("a"));
        u.add("/etc/cron.d/x.txt", text("b"));
        u.add("C:\\Windows\\y.txt", text("c"));
        u.add("省/县/表.txt", text("d"));
        u.add("..", text("e"));
        assertEquals(List.of("Windows/y.txt", "escape.txt", "etc/cron.d/x.txt", "省/县/表.txt"), files(run));
        assertEquals(List.of("..：文件名不可用"), u.refused());
        assertEquals(false, Files.exists(tmp.resolve("escape.txt")));
    }

    @Test
    void aZipIsUnpackedBesideItsNameWithoutItsLinksOrEscapes() throws IOException {
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 100);
        u.add("forms.zip", zip("a/1.txt", "one", "../../../evil.txt", "x", "link.txt", null, "inner.zip", "zz"));
        assertEquals(List.of("forms/a/1.txt", "forms/evil.txt"), files(run));
        assertEquals(List.of("forms.zip!link.txt：压缩包中的链接不予解开",
                "forms.zip!inner.zip：压缩包里的压缩包不再解开，请先解开再上传"), u.refused());
        assertEquals(2, u.files());
    }

    /** A zip made on Chinese Windows names its files in GBK, without the flag that says UTF-8. */
    @Test
    void aZipWhoseNamesAreGbkIsUnpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            z.setEncoding("GBK");
            z.setUseLanguageEncodingFlag(false);
            z.putArchiveEntry(new ZipArchiveEntry("自评表.txt"));
            z.write("一张表".getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
        }
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 100);
        u.add("省.zip", new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of(), u.refused());
        List<String> unpacked = files(run);
        assertEquals(1, unpacked.size(), unpacked.toString());
        assertEquals("一张表", Files.readString(run.resolve(unpacked.get(0))));
    }

    @Test
    void aZipBombStopsAtTheLimitCountedAsWritten() throws IOException {
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 100);
        byte[] zeros = new byte[10 << 20]; // deflates to about ten kilobytes
        Uploads.TooBig e = assertThrows(Uploads.TooBig.class, () -> u.add("bomb.zip", zip("zeros.txt", zeros)));
        assertEquals("上传（解开后）超过 1 MB（到 bomb.zip!zeros.txt 为止），请分批审核", e.getMessage());
    }

    @Test
    void tooManyFilesStopTheUpload() throws IOException {
        Uploads u = new Uploads(tmp.resolve("run"), 1 << 20, 2);
        u.add("1.txt", text("1"));
        u.add("2.txt", text("2"));
        Uploads.TooBig e = assertThrows(Uploads.TooBig.class, () -> u.add("3.txt", text("3")));
        assertEquals("文件超过 2 个（到 3.txt 为止），请分批审核", e.getMessage());
    }

    @Test
    void aZipOfMoreEntriesThanAllowedIsRefusedBeforeItIsUnpacked() throws IOException {
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 3);
        Uploads.TooBig e = assertThrows(Uploads.TooBig.class, () -> u.add("many.zip", zip("1.txt", "", "2.txt", "", "3.txt", "", "4.txt", "")));
        assertEquals("many.zip 中有 4 个文件，超过每次上传最多 3 个，请分批审核", e.getMessage());
        assertEquals(List.of("many.zip"), files(run), "nothing of it unpacked");
    }

    @Test
    void aFileThatIsNoZipIsToldAndTheRestGoesOn() throws IOException {
        Path run = tmp.resolve("run");
        Uploads u = new Uploads(run, 1 << 20, 100);
        u.add("broken.zip", text("not a zip"));
        u.add("form.txt", text("x"));
        assertEquals(List.of("form.txt"), files(run));
        assertEquals(1, u.refused().size());
        assertEquals(true, u.refused().get(0).startsWith("broken.zip：不是可以解开的 zip 压缩包"));
    }
}
