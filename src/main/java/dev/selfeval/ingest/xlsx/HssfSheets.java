package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/** The sheets of an Excel 97-2003 workbook (.xls, through POI's HSSF), which is at most 65,536 rows a sheet. */
final class HssfSheets {
    private HssfSheets() {
    }

    static List<SheetCells> read(HSSFWorkbook wb) throws UnreadableInputException {
        NumberCells numbers = new NumberCells();
        WorkbookSize size = new WorkbookSize();
        List<SheetCells> out = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            SheetCells cells = new SheetCells(sheet.getSheetName(), wb.isSheetHidden(s) || wb.isSheetVeryHidden(s), size);
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                cells.merge(r);
            }
            for (int c = 0; c < SheetCells.MAX_COLUMNS; c++) {
                if (sheet.isColumnHidden(c)) {
                    cells.hideColumns(c, c);
                }
            }
            for (Row row : sheet) {
                ReadBudget.check();
                if (row.getZeroHeight()) {
                    cells.hideRow(row.getRowNum());
                }
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    cells.put(row.getRowNum(), c.getColumnIndex(), cell(c, numbers));
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c, NumberCells numbers) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = c.getCellStyle();
                yield numbers.cell(c.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case STRING -> Cell.of(CellText.clean(c.getStringCellValue()));
            case BOOLEAN -> Cell.of(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> {
                String code = FormulaError.forInt(c.getErrorCellValue()).getString();
                yield new Cell(code, null, false, "是错误值 " + code);
            }
            default -> Cell.BLANK;
        };
    }
}
