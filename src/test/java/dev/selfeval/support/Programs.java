package dev.selfeval.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs the tests drive (Chromium, ChromeDriver, LibreOffice), found on the PATH as a shell finds them. */
public final class Programs {
    private Programs() {
    }

    /** The first of the names that is an executable on the PATH, or null for none. */
    public static String onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                if (Files.isExecutable(Path.of(dir, n))) {
                    return Path.of(dir, n).toString();
                }
            }
        }
        return null;
    }
}
