package dev.selfeval.ingest.xlsx;

import dev.selfeval.ingest.grid.Cell;
import dev.selfeval.ingest.grid.CellText;
import dev.selfeval.model.Numbers;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A numeric cell as shown and as it is: the text Excel shows for it under its number format, and its
 * value (a percentage in percent: 0.7931 shown as 79.31% is 79.31). The value is the one shown, with
 * the decimals shown (928050.00; a rate =F6/E6 of 0.862068… shown as 86% is 86, a score =F6*G6 of
 * 8.6206… shown as 9 is 9): a form states what it shows, as its printout does. The exact value is kept
 * beside it ({@link Cell#stored}), for amounts, which are read to the cent (916392.88 shown as 916,393;
 * 2.0456 万元 shown as 2.05). A shown text that is no number (a custom format: 12500人次) gives the exact
 * value to 2 decimals. A date is text.
 */
final class NumberCells {
    /** Excel keeps 15 significant digits; more in a double are noise (0.1 + 0.2). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    /**
     * The marks of literal text in a date format (yyyy"年"m"月"d"日", yyyy\年m\月d\日), which POI leaves in
     * what it shows: the text alone is what Excel shows.
     */
    private static final Pattern LITERAL = Pattern.compile("\\\\(.)|\"([^\"]*)\"");
    /** Per number format: a date (DATE), a percentage (PERCENT) or a plain number (PLAIN). */
    private final Map<String, Kind> kinds = new HashMap<>();

    private enum Kind { DATE, PERCENT, PLAIN }

    Cell cell(double value, int formatIndex, String format) {
        String shown = CellText.clean(formatter.formatRawCellContents(value, formatIndex, format));
        Kind kind = kinds.computeIfAbsent(formatIndex + ":" + format, k -> DateUtil.isADateFormat(formatIndex, format)
                ? Kind.DATE : percent(format) ? Kind.PERCENT : Kind.PLAIN);
        if (kind == Kind.DATE) {
            return Cell.of(LITERAL.matcher(shown).replaceAll("$1$2"));
        }
        BigDecimal exact = new BigDecimal(value, EXCEL_DIGITS).stripTrailingZeros();
        if (kind == Kind.PERCENT) {
            exact = exact.movePointRight(2);
        }
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        BigDecimal read = Numbers.tryParse(shown);
        if (read != null) {
            return read.compareTo(exact) == 0 ? new Cell(shown, read, false, null) : new Cell(shown, read, false, null, exact);
        }
        return new Cell(shown, exact.scale() > 2 ? exact.setScale(2, RoundingMode.HALF_UP) : exact, false, null, exact);
    }

    /** A format that shows the value times 100 with a % sign (a % inside quotes, or escaped, is only text). */
    static boolean percent(String format) {
        return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
    }
}
