package dev.selfeval.ingest.parse;

import dev.selfeval.ingest.template.Template.FundColumn;
import dev.selfeval.model.Numbers;
import dev.selfeval.model.Texts;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A funds cell as a number: an amount in the block's money unit, to the cent as a workbook stores it
 * or as printed (the step it is printed to is the form's {@code amountStep}); a 分值 or 得分. And the
 * block's money unit, as its header names it.
 */
final class FundCells {
    private FundCells() {
    }

    /**
     * The money unit a header row's cells name (项目资金（万元）); else the one a note above the table
     * names ({@code noteUnit}, may be null); else the vocabulary's base unit (元).
     */
    static String unit(Row row, Vocabulary vocabulary, String noteUnit) {
        String unit = unitIn(row, vocabulary);
        return unit != null ? unit : noteUnit != null ? noteUnit : vocabulary.baseMoneyUnit();
    }

    /** The money unit a header row's cells name (项目资金（万元）), or null. */
    static String unitIn(Row row, Vocabulary vocabulary) {
        String unit = null;
        for (int i = 0; i < row.size() && unit == null; i++) {
            unit = vocabulary.moneyUnitIn(row.key(i));
        }
        return unit;
    }

    /**
     * The number in the fund cell of column {@code c}: an amount written with its money unit (150万)
     * in the block's unit, a 分值 or 得分 with its unit of points (10分), else the plain number; an
     * unreadable cell is recorded under the field it is read as.
     */
    static BigDecimal amount(Row row, int col, FundColumn c, String source, Problems problems, Vocabulary vocabulary, String unit,
                             BigDecimal cent) {
        String field = " " + FundTable.FIELDS.get(c);
        if (List.of(FundTable.AMOUNTS).contains(c)) {
            BigDecimal withUnit = withUnit(row.cell(col), vocabulary, unit);
            BigDecimal n = withUnit != null ? withUnit : problems.number(row, col, Problems.UNREADABLE, "项目资金 ", source, field);
            if (withUnit != null || n == null) {
                return n;
            }
            if (!row.hasStored(col)) {
                problems.printed(n, cent);
                return n;
            }
            return toTheCent(n, row.stored(col), cent);
        }
        return c == FundColumn.WEIGHT || c == FundColumn.SCORE ? problems.points(row, col, Problems.UNREADABLE, "项目资金 ", source, field)
                : problems.number(row, col, Problems.UNREADABLE, "项目资金 ", source, field);
    }

    /**
     * An amount written with its money unit (150万, 1.2亿), in the block's unit; null when the cell is
     * no such amount.
     */
    private static BigDecimal withUnit(String cell, Vocabulary vocabulary, String unit) {
        BigDecimal n = withUnit(cell, vocabulary);
        if (n == null) {
            return null;
        }
        String u = vocabulary.moneyUnitAtEnd(Texts.nfkc(cell).strip());
        BigDecimal value = n.multiply(vocabulary.money().get(u)).divide(vocabulary.money().get(unit), java.math.MathContext.DECIMAL128)
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The number of an amount written with its money unit (1,286,450.00元, 150万), in that unit; null for other text. */
    static BigDecimal withUnit(String cell, Vocabulary vocabulary) {
        String t = Texts.nfkc(cell).strip();
        String u = vocabulary.moneyUnitAtEnd(t);
        return u == null ? null : Numbers.tryParse(t.substring(0, t.length() - u.length()));
    }

    /** The cent in each unit, by the unit's worth in 元 (the vocabulary's money): computed once. */
    private static final Map<BigDecimal, BigDecimal> CENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The cent (0.01 元) in the block's unit: 0.000001 万元. */
    static BigDecimal cent(Vocabulary vocabulary, String unit) {
        BigDecimal worth = vocabulary.money().get(unit).divide(vocabulary.money().get(vocabulary.baseMoneyUnit()), java.math.MathContext.DECIMAL64);
        return CENTS.computeIfAbsent(worth.stripTrailingZeros(),
                w -> BigDecimal.valueOf(1, 2).divide(w, java.math.MathContext.DECIMAL128).stripTrailingZeros());
    }

    /**
     * An amount to the cent in the block's unit: a spreadsheet amount shown with fewer decimals than
     * it is stored with (2.0456 万元 shown as 2.05) is read as stored, to 0.01 元 (6 decimals in 万元).
     */
    private static BigDecimal toTheCent(BigDecimal read, BigDecimal stored, BigDecimal cent) {
        return stored.scale() <= read.scale() || cent.scale() <= read.scale() ? read
                : stored.setScale(Math.min(stored.scale(), cent.scale()), java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
