package dev.selfeval.report;

import java.util.List;

/** Opens package-private report helpers to tests in other packages. */
public final class ReportsForTests {
    private ReportsForTests() {
    }

    public static String csvRow(String... cells) {
        return CsvReporter.row(List.of(cells));
    }

    public static String csvText(String text) {
        return CsvReporter.text(text);
    }
}
