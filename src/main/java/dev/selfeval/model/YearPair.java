package dev.selfeval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two forms of one project ({@link FormKey}) in two consecutive years of one run, the earlier and the
 * one of the year after it: the fact the year-over-year rules (rules/years.drl) judge. {@code group} names both forms
 * for the report. The helpers below only line the indicators up and describe them; the rules decide.
 */
public record YearPair(SweepGroup group, String key, YearForm earlier, YearForm later) {

    /**
     * Positive indicators whose target the later year lowered although the earlier year's was met:
     * 「name」 old → new (met with actual), one text each. Targets in different units (=20000次, =2.1万次;
     * ≥95%, ≥0.95) are not compared.
     */
    public List<String> targetsLowered() {
        List<String> out = new ArrayList<>();
        for (YearForm.Item now : later.indicators()) {
            YearForm.Item before = earlier.item(now.identity());
            if (before != null && now.positive() && before.positive() && before.met() && now.target() != null && before.target() != null
                    && Objects.equals(now.targetUnit(), before.targetUnit()) && now.target().compareTo(before.target()) < 0) {
                out.add("「" + now.name() + "」" + earlier.year() + " 年 " + before.targetText() + "（实际 " + plain(before.actual())
                        + "，已达到）→ " + later.year() + " 年 " + now.targetText());
            }
        }
        return out;
    }

    /**
     * Indicators deducted in both years whose later reason is blank or the earlier one again, as
     * reasons are compared (folded, spaces and punctuation aside): 「name」 and the reason.
     */
    public List<String> deductedAgain() {
        List<String> out = new ArrayList<>();
        for (YearForm.Item now : later.indicators()) {
            YearForm.Item before = earlier.item(now.identity());
            if (before == null || !before.deducted() || !now.deducted()) {
                continue;
            }
            String reason = ProjectNames.key(now.reason());
            if (reason.isEmpty() || reason.equals(ProjectNames.key(before.reason()))) {
                out.add("「" + now.name() + "」" + earlier.year() + " 年得 " + plain(before.score()) + "/" + plain(before.weight()) + "、"
                        + later.year() + " 年得 " + plain(now.score()) + "/" + plain(now.weight())
                        + (reason.isEmpty() ? "，" + later.year() + " 年未写原因" : "，原因照旧：" + now.reason()));
            }
        }
        return out;
    }

    /** How many percentage points the recomputed execution rate fell from the earlier year; null when either is missing. */
    public BigDecimal executionFall() {
        return earlier.executionRate() == null || later.executionRate() == null ? null
                : earlier.executionRate().subtract(later.executionRate());
    }

    private static String plain(BigDecimal x) {
        return x == null ? "—" : x.stripTrailingZeros().toPlainString();
    }
}
