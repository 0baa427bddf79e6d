package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.Grid;
import dev.selfeval.ingest.grid.GridRow;
import dev.selfeval.ingest.grid.UnreadableInputException;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.SourceRef;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workbooks (.xlsx and .xls, through POI): every sheet a grid, hidden ones too (their rows say so).
 * A cell's text is what Excel shows; a numeric cell also keeps its exact value (a percentage in
 * percent, so 0.7931 shown as 79.31% is 79.31), and a formula cell its stored result. POI's zip-bomb
 * check stays on, and a sheet whose XML is larger than {@link #MAX_PART_BYTES} is refused rather
 * than read into memory.
 */
public final class WorkbookGridReader {
    /**
     * The largest part of a workbook read (unpacked): about 100,000 rows of a form's width, some
     * 4,000 forms in one sheet; more would not fit in a sweep's memory.
     */
    static final long MAX_PART_BYTES = 48L << 20;
    /** Cells beyond this column are no part of a form: a stray entry far to the right is not read. */
    static final int MAX_COLUMNS = 256;
    /** Excel keeps 15 significant digits; more in a double are noise (0.1 + 0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final String file;
    private int line;

    private WorkbookGridReader(String file) {
        this.file = file;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    public static List<Grid> read(byte[] bytes, String file) throws UnreadableInputException {
        try (Workbook wb = open(bytes)) {
            WorkbookGridReader reader = new WorkbookGridReader(file);
            List<Grid> grids = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                grids.add(reader.sheet(wb.getSheetAt(s), wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)));
            }
            return grids;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(why(e));
        }
    }

    private static Workbook open(byte[] bytes) throws IOException, UnreadableInputException {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        }
        POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo")) {
            fs.close();
            throw new UnreadableInputException("工作簿设有打开密码，无法读取（请去除密码后另存，再审核）");
        }
        if (root.hasEntry("WordDocument")) {
            fs.close();
            throw new UnreadableInputException("Word 97-2003 (.doc) 文件，无法读取（请另存为 .docx 后再审核）");
        }
        return new HSSFWorkbook(root, false);
    }

    /** A reason an auditor can act on, for what POI refused. */
    private static String why(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof EncryptedDocumentException) {
            return "工作簿设有密码保护，无法读取（请去除密码后另存，再审核）";
        }
        if (m.contains("Zip bomb")) {
            return "工作簿解压后的大小与文件大小极不相称（疑似压缩炸弹），已拒绝读取";
        }
        if (m.contains("max entry size") || m.contains("exceeds the max")) {
            return "工作簿过大：单个工作表解压后超过 " + (MAX_PART_BYTES >> 20) + " MB，已拒绝读取（请拆分为多个文件）";
        }
        return "Excel 文件已损坏或无法识别，无法读取（" + m + "）";
    }

    private Grid sheet(Sheet sheet, boolean hidden) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                for (int col = r.getFirstColumn(); col <= Math.min(r.getLastColumn(), MAX_COLUMNS - 1); col++) {
                    merged.put(key(row, col), r);
                }
            }
        }
        List<GridRow> rows = new ArrayList<>();
        boolean noted = !hidden;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            int width = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            for (int c = 0; c < width; c++) {
                CellRangeAddress region = merged.get(key(r, c));
                if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
                    Row first = sheet.getRow(region.getFirstRow());
                    cells.add(cell(first == null ? null : first.getCell(region.getFirstColumn())).continuation());
                } else {
                    cells.add(cell(row.getCell(c)));
                }
            }
            // cells of a merged region reach into rows the sheet stores nothing for
            for (int c = width; c < MAX_COLUMNS && merged.containsKey(key(r, c)); c++) {
                CellRangeAddress region = merged.get(key(r, c));
                Row first = sheet.getRow(region.getFirstRow());
                Cell origin = cell(first == null ? null : first.getCell(region.getFirstColumn()));
                cells.add(region.getFirstRow() == r && region.getFirstColumn() == c ? origin : origin.continuation());
            }
            String note = null;
            if (!noted && cells.stream().anyMatch(x -> !x.blank())) {
                note = "工作表「" + sheet.getSheetName() + "」是隐藏的工作表";
                noted = true;
            } else if (row != null && row.getZeroHeight()) {
                note = "此行是隐藏行";
            }
            rows.add(new GridRow(++line, SourceRef.sheetRow(file, sheet.getSheetName(), r + 1), cells, note));
        }
        return new Grid(rows, false);
    }

    private static long key(int row, int col) {
        return (long) row << 16 | col;
    }

    private Cell cell(org.apache.poi.ss.usermodel.Cell c) {
        if (c == null) {
            return Cell.BLANK;
        }
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            if (c instanceof XSSFCell x && !x.getCTCell().isSetV()) {
                return new Cell("", null, false, "是公式「=" + c.getCellFormula()
                        + "」，文件中没有保存计算结果（请在 Excel 中打开、计算并保存后再审核）");
            }
            type = c.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> numeric(c);
            case STRING -> Cell.of(CellText.clean(c.getStringCellValue()));
            case BOOLEAN -> Cell.of(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> {
                String code = FormulaError.forInt(c.getErrorCellValue()).getString();
                yield new Cell(code, null, false, "是错误值 " + code);
            }
            default -> Cell.BLANK;
        };
    }

    /**
     * A number as shown, and its exact value: the number shown when it is the exact one (so that it
     * keeps the decimals shown: 928050.00), else the exact one (916392.88 shown as 916,392).
     */
    private Cell numeric(org.apache.poi.ss.usermodel.Cell c) {
        String shown = CellText.clean(formatter.formatCellValue(c));
        if (DateUtil.isCellDateFormatted(c)) {
            return Cell.of(shown);
        }
        BigDecimal exact = new BigDecimal(c.getNumericCellValue(), EXCEL_DIGITS).stripTrailingZeros();
        if (percent(c.getCellStyle().getDataFormatString())) {
            exact = exact.movePointRight(2);
        }
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        BigDecimal read = Numbers.tryParse(shown);
        return new Cell(shown, read != null && read.compareTo(exact) == 0 ? read : exact, false, null);
    }

    /** A format that shows the value times 100 with a % sign (a % inside quotes is only text). */
    static boolean percent(String format) {
        return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
    }
}
