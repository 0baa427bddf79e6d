package dev.selfeval.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On one terminal, the report's lines and the progress line never run into each other. */
class ProgressTest {
    @Test
    void reportLinesStartOnAClearedLineAndTheProgressStaysBelow() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream shared = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        Progress progress = Progress.on(shared, 2);
        OutputStream report = progress.above(shared);
        for (int i = 1; i <= 20; i++) {
            progress.update(i / 10, i);
            report.write(("表 " + i + " 的发现\n").getBytes(StandardCharsets.UTF_8));
            Thread.sleep(30); // the progress thread draws in between
        }
        progress.close();
        String screen = terminal.toString(StandardCharsets.UTF_8);
        for (int i = 1; i <= 20; i++) {
            int at = screen.indexOf("表 " + i + " 的发现\n");
            assertTrue(at >= 0);
            assertEquals(Progress.CLEAR_LINE, screen.substring(at - Progress.CLEAR_LINE.length(), at),
                    "line " + i + " starts on a cleared line: " + screen);
        }
        assertTrue(screen.substring(screen.lastIndexOf("表 20 的发现\n")).contains("\r已审核 20 张表 · 文件 2/2"), "the final progress line is below the report");
        assertTrue(screen.endsWith("\n"), "and ends its line");
    }
}
