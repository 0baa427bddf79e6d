package dev.selfeval.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report formats by name: the one place that lists them, for --format and its help. */
public final class Reporters {
    public static final List<String> NAMES = List.of("text", "json");

    private Reporters() {
    }

    /**
     * @param color whether the text report may use ANSI colours (a terminal, no NO_COLOR)
     */
    public static Reporter create(String format, OutputStream out, boolean color) throws IOException {
        return switch (format) {
            case "text" -> new TextReporter(new PrintStream(out, false, StandardCharsets.UTF_8), color);
            case "json" -> new JsonReporter(out);
            default -> throw new IllegalArgumentException("unknown format " + format + "; known: " + NAMES);
        };
    }
}
