package dev.selfeval.cli;

import dev.selfeval.support.Programs;
import dev.selfeval.support.JarRun;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's jar run on a real terminal (a pseudo-terminal made by util-linux's {@code script}):
 * a report that is no text for a terminal (a workbook, a web page) is refused there.
 */
class OnATerminalIT {
    private static String onATerminal(String args) throws Exception {
        String script = Programs.onPath("script");
        assumeTrue(script != null, "util-linux script is not installed: the terminal checks are skipped");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = java + " -jar " + JarRun.JAR + " " + args + "; echo EXIT=$?";
        Process p = new ProcessBuilder(script, "-qec", cmd, "/dev/null").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return out.replace("\r", "");
    }

    @Test
    void aWebPageOrAWorkbookIsNotWrittenToTheTerminal() throws Exception {
        String seed = Path.of("fixtures/seed/000_01ee96ef31214bdb.txt").toAbsolutePath().toString();
        String html = onATerminal("audit --format html " + seed);
        assertTrue(html.contains("selfeval: --format html 写的是要用浏览器打开的网页，不能显示在终端上：请用 --out 文件名.html\n"), html);
        assertTrue(html.endsWith("EXIT=" + ExitCodes.USAGE + "\n"), html);
        String xlsx = onATerminal("audit --format xlsx " + seed);
        assertTrue(xlsx.contains("selfeval: --format xlsx 写的是二进制文件，不能显示在终端上：请用 --out 文件名.xlsx\n"), xlsx);
        assertEquals(1, onATerminal("audit --format text " + seed).split("EXIT=" + ExitCodes.FINDINGS, -1).length - 1,
                "a text report is shown");
    }
}
