package dev.selfeval.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Tests of one workbench, started once for the class with the token, on a folder of its own. */
abstract class WithRunningWorkbench {
    @TempDir
    static Path tmp;
    static RunningWorkbench server;

    @BeforeAll
    static void start() throws Exception {
        server = new RunningWorkbench(tmp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
