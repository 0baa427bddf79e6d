package dev.selfeval.corpus;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus file as a Word document: each form's title lines as paragraphs, the rest as one table,
 * a page break between forms, as departments send them.
 */
final class DocxWriter {
    private DocxWriter() {
    }

    static void write(List<List<List<String>>> forms, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int f = 0; f < forms.size(); f++) {
                List<List<String>> rows = forms.get(f).stream().filter(r -> !r.isEmpty()).toList();
                int body = 0;
                while (body < rows.size() && rows.get(body).size() == 1) {
                    doc.createParagraph().createRun().setText(rows.get(body).get(0));
                    body++;
                }
                int width = rows.stream().mapToInt(List::size).max().orElse(1);
                XWPFTable table = doc.createTable(rows.size() - body, width);
                for (int r = body; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r - body);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        row.getCell(c).setText(cells.get(c));
                    }
                }
                if (f + 1 < forms.size()) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            doc.write(out);
        }
    }
}
