package dev.selfeval.ingest.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.SourceRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file as a spreadsheet saves a sheet ("CSV (逗号分隔)", "CSV UTF-8"): one record a
 * row, quoted cells may hold commas, quotes and line breaks (RFC 4180, read by Jackson's CSV parser).
 * Rows keep the line their record starts on.
 */
public final class CsvGridReader {
    private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvGridReader() {
    }

    public static Grid read(String text, String file) throws UnreadableInputException {
        List<GridRow> rows = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return new Grid(rows, false);
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                ReadBudget.check();
                List<Cell> cells = new ArrayList<>();
                int line = 0;
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (line == 0) { // where the record's first cell is: its line
                        line = (int) p.currentTokenLocation().getLineNr();
                    }
                    cells.add(Cell.of(CellText.clean(p.getText())));
                }
                rows.add(new GridRow(line, new SourceRef(file, line), cells));
            }
        } catch (IOException e) {
            throw new UnreadableInputException("CSV 文件无法解析：" + e.getMessage(), 0);
        }
        return new Grid(rows, false);
    }
}
