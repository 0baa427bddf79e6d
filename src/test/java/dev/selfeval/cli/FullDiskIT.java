package dev.selfeval.cli;

import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A report that cannot be written (a full disk as stdout) is an exit code and a Chinese message, never exit 0. */
class FullDiskIT {
    @Test
    void aFullDiskAsStdoutIsExitFive() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full is not on this system");
        Path err = Files.createTempFile("selfeval-err", ".txt");
        Process p = new ProcessBuilder(JarRun.command("audit", "--no-cache", "fixtures/seed/000_01ee96ef31214bdb.txt"))
                .redirectOutput(full).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(ExitCodes.OUTPUT_FAILED, p.exitValue());
        assertEquals("selfeval: 无法写出报告（标准输出）：写入失败（磁盘已满或输出已关闭）。请检查磁盘空间，或用 --out 写到别处\n",
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(err);
    }
}
