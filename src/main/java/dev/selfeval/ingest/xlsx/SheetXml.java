package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.ingest.grid.ReadBudget;
import dev.selfeval.ingest.grid.UnreadableInputException;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part of an .xlsx as it streams past (SAX), into {@link SheetCells}: each cell's
 * value as stored (a shared or inline string, a number under its style's format, a formula's stored
 * result, a boolean, an error), hidden rows and columns, merged regions. Nothing of the sheet is held but the cells.
 */
final class SheetXml extends DefaultHandler {
    /** Carries a refusal (a sheet too large) out of the parser. */
    static final class Refused extends SAXException {
        final transient UnreadableInputException reason;

        Refused(UnreadableInputException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    private final SheetCells sheet;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final NumberCells numbers;

    private int row = -1;
    private int col = -1;
    private String type;
    private int style;
    private boolean formula;
    private final StringBuilder formulaText = new StringBuilder();
    private String value;
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inFormula;

    SheetXml(SheetCells sheet, SharedStrings strings, StylesTable styles, NumberCells numbers) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.numbers = numbers;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
        switch (local) {
            case "row" -> {
                ReadBudget.check();
                String r = a.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                col = -1;
                if ("1".equals(a.getValue("hidden")) || "true".equals(a.getValue("hidden"))) {
                    sheet.hideRow(row);
                }
            }
            case "c" -> {
                String ref = a.getValue("r");
                if (ref != null) {
                    CellAddress at = new CellAddress(ref);
                    row = at.getRow();
                    col = at.getColumn();
                } else {
                    col++;
                }
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                formulaText.setLength(0);
                value = null;
                text.setLength(0);
            }
            case "f" -> {
                formula = true;
                inFormula = true;
            }
            case "v" -> {
                inText = true;
                text.setLength(0);
            }
            case "t" -> inText = true; // an inline string's text (or a rich run of it)
            case "col" -> { // <cols><col min="5" max="5" hidden="1"/>: columns 5 to 5, from 1
                String min = a.getValue("min");
                String max = a.getValue("max");
                if (min != null && max != null && ("1".equals(a.getValue("hidden")) || "true".equals(a.getValue("hidden")))) {
                    sheet.hideColumns(Integer.parseInt(min) - 1, Integer.parseInt(max) - 1);
                }
            }
            case "mergeCell" -> {
                try {
                    sheet.merge(CellRangeAddress.valueOf(a.getValue("ref")));
                } catch (UnreadableInputException e) {
                    throw new Refused(e);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inFormula) {
            formulaText.append(ch, start, length);
        } else if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        switch (local) {
            case "f" -> inFormula = false;
            case "v" -> {
                inText = false;
                value = text.toString();
            }
            case "t" -> inText = false;
            case "is" -> value = text.toString();
            case "c" -> {
                try {
                    sheet.put(row, col, cell());
                } catch (UnreadableInputException e) {
                    throw new Refused(e);
                }
            }
            default -> {
            }
        }
    }

    private Cell cell() {
        if (value == null) {
            return formula ? new Cell("", null, false, "是公式「=" + formulaText
                    + "」，文件中没有保存计算结果（请在 Excel 中打开、计算并保存后再审核）") : Cell.BLANK;
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> Cell.of(CellText.clean(strings.getItemAt(Integer.parseInt(value.trim())).getString()));
            case "inlineStr", "str" -> Cell.of(CellText.clean(value));
            case "b" -> Cell.of("1".equals(value.trim()) ? "TRUE" : "FALSE");
            case "e" -> new Cell(value, null, false, "是错误值 " + value);
            default -> number();
        };
    }

    private Cell number() {
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return Cell.of(CellText.clean(value));
        }
        XSSFCellStyle s = styles == null || style >= styles.getNumCellStyles() ? null : styles.getStyleAt(style);
        int index = s == null ? 0 : s.getDataFormat();
        String format = s == null ? "General" : s.getDataFormatString();
        return numbers.cell(d, index, format == null ? "General" : format);
    }
}
