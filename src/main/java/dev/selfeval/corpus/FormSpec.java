package dev.selfeval.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of one generated form, as it will be written: texts as they appear in cells,
 * amounts as numbers (formatted by the writer). Mutable: faults edit it before it is written.
 */
final class FormSpec {
    /** One indicator row. A null level means a merged cell (same as the row above). */
    static final class Row {
        String level1;
        String level2;
        String name;
        String target;
        String actual;
        String weight;
        String score;
        String reason = "";
        /** Write this row one column to the left, as the extraction does with some 满意度 rows. */
        boolean shiftedLeft;

        Row(String level1, String level2, String name, String target, String actual, int weight, BigDecimal score) {
            this.level1 = level1;
            this.level2 = level2;
            this.name = name;
            this.target = target;
            this.actual = actual;
            this.weight = String.valueOf(weight);
            this.score = score.stripTrailingZeros().toPlainString();
        }

        Row copy() {
            Row r = new Row(level1, level2, name, target, actual, 0, BigDecimal.ZERO);
            r.weight = weight;
            r.score = score;
            r.reason = reason;
            r.shiftedLeft = shiftedLeft;
            return r;
        }
    }

    String projectName;
    String department;
    String unit;
    String initialBudget;
    String annualBudget;
    String executed;
    /** 当年财政拨款 row: executed (the other rows carry 0 and blank). */
    String subExecuted;
    String subInitial;
    String subAnnual;
    String otherInitial = "0";
    String rate;
    String budgetScore;
    String expectedGoal;
    String actualGoal;
    final List<Row> rows = new ArrayList<>();
    String totalScore;
    /** Extra lines to write after the indicator row of this index (stray annotations). */
    int strayAfter = -1;
    String stray;
    String appropriationLabel = "其中：当年财政拨款";
}
