package dev.selfeval.report;

import java.io.OutputStream;
import java.util.List;

/** The report formats by name: the one place that lists them, for --format and its help. */
public final class Reporters {
    public static final List<String> NAMES = List.of("text", "json", "jsonl", "csv");

    private Reporters() {
    }

    /**
     * @param color whether the text report may use ANSI colours (a terminal, no NO_COLOR)
     */
    public static Reporter create(String format, OutputStream out, boolean color) {
        return switch (format) {
            case "text" -> new TextReporter(out, color);
            case "json" -> new JsonReporter(out);
            case "jsonl" -> new JsonlReporter(out);
            case "csv" -> new CsvReporter(out);
            default -> throw new IllegalArgumentException("unknown format " + format + "; known: " + NAMES);
        };
    }
}
