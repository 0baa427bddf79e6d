package dev.selfeval.report;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows of a workbook being written stay in this process's own folder, not in the machine's shared poifiles. */
class PoiTempFolderTest {

    @Test
    void aWorkbookReportKeepsItsRowsInAFolderOfItsOwn() throws Exception {
        new XlsxReporter(new ByteArrayOutputStream());
        File made = TempFile.createTempFile("probe", ".tmp");
        try {
            Path folder = made.toPath().getParent();
            assertEquals(PoiTempFolder.use(), folder);
            assertNotEquals(Path.of(System.getProperty("java.io.tmpdir"), "poifiles"), folder);
            assertTrue(folder.getFileName().toString().startsWith("selfeval-poi-"), folder.toString());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        } finally {
            Files.delete(made.toPath());
        }
    }
}
