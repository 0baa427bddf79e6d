package dev.selfeval.corpus;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus file as an .xlsx workbook, one sheet a form: numbers and percentages as numeric cells
 * shown as the text had them, the section labels of the first column merged down their rows, as
 * the budget systems' exports have them.
 */
final class WorkbookWriter {
    private static final Pattern NUMBER = Pattern.compile("(-?[\\d,]+)(?:\\.(\\d+))?(%?)");

    private WorkbookWriter() {
    }

    static void write(List<List<List<String>>> forms, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (int f = 0; f < forms.size(); f++) {
                Sheet sheet = wb.createSheet((f + 1) + "-自评表");
                List<List<String>> rows = forms.get(f);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).isEmpty()) {
                            cell(wb, styles, row.createCell(c), cells.get(c));
                        }
                    }
                }
                mergeFirstColumn(sheet, rows);
            }
            wb.write(out);
        }
    }

    private static void cell(XSSFWorkbook wb, Map<String, CellStyle> styles, Cell cell, String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.matches() || !m.group(1).matches("-?\\d{1,3}(,\\d{3})*|-?\\d+")) {
            cell.setCellValue(text);
            return;
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        boolean percent = !m.group(3).isEmpty();
        boolean grouped = m.group(1).contains(",");
        String format = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "") + (percent ? "%" : "");
        double value = Double.parseDouble(text.replace(",", "").replace("%", "")) / (percent ? 100 : 1);
        cell.setCellValue(value);
        cell.setCellStyle(styles.computeIfAbsent(format, k -> {
            CellStyle s = wb.createCellStyle();
            DataFormat df = wb.createDataFormat();
            s.setDataFormat(df.getFormat(k));
            return s;
        }));
    }

    /** A label in the first column with blank cells below it: one merged cell down to the next label. */
    private static void mergeFirstColumn(Sheet sheet, List<List<String>> rows) {
        int start = -1;
        for (int r = 0; r <= rows.size(); r++) {
            boolean label = r < rows.size() && !rows.get(r).isEmpty() && !rows.get(r).get(0).isEmpty();
            boolean end = r == rows.size() || label || rows.get(r).isEmpty();
            if (end) {
                if (start >= 0 && r - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 0, 0));
                }
                start = label ? r : -1;
            }
        }
    }
}
