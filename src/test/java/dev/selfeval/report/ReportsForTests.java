package dev.selfeval.report;

import java.util.List;

/** Opens package-private report helpers to tests in other packages. */
public final class ReportsForTests {
    private ReportsForTests() {
    }

    public static String csvRow(String... cells) {
        return CsvReporter.row(List.of(cells));
    }

    /** A workbook reporter whose sheets hold {@code maxRows} rows, header included. */
    public static Reporter workbook(java.io.OutputStream out, int maxRows) {
        return new XlsxReporter(out, maxRows);
    }

    public static String csvText(String text) {
        return CsvReporter.text(text);
    }
}
