package dev.selfeval.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven filtered into {@code selfeval-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/selfeval-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"selfeval " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version")};
    }

    /** The tool's version as runs record it ({@code selfeval 0.1.0}). */
    static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (IOException e) {
            return "selfeval";
        }
    }
}
