package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a form of one year says that the next year's form of the project is held against: its budget
 * execution rate (recomputed) and, for each indicator, its target and actual as numbers, whether it
 * was met, its weight, score and reason; and the reasons it states outside its indicator rows
 * ({@link FormReason}). Kept for every form of a run that has a key and a year.
 */
public record YearForm(String formId, String projectName, int year, BigDecimal executionRate, List<Item> indicators,
                       List<FormReason> reasons) {

    public YearForm {
        indicators = List.copyOf(indicators);
        reasons = List.copyOf(reasons);
    }

    /**
     * One indicator: {@code identity} is its 一级/二级/三级 names, {@code positive} whether more is better
     * (a target written with ≥, > or =), {@code targetUnit} the target's unit as units are compared
     * (null for none), {@code met} whether its actual reached its target.
     */
    public record Item(String identity, String name, boolean positive, BigDecimal target, String targetText, String targetUnit,
                       BigDecimal actual, boolean met, BigDecimal weight, BigDecimal score, String reason) {

        /** Whether points were taken off: a score below the weight. */
        public boolean deducted() {
            return weight != null && score != null && score.compareTo(weight) < 0;
        }
    }

    /** The indicator of the same identity, or null. */
    public Item item(String identity) {
        for (Item i : indicators) {
            if (i.identity().equals(identity)) {
                return i;
            }
        }
        return null;
    }
}
