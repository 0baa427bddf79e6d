package dev.selfeval.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The rule parameters (rules/parameters.yaml), inserted into every session as one fact. Rules read
 * thresholds only from here; the helpers below apply the parameter tables, they decide nothing else.
 */
public record Params(Rounding rounding, BigDecimal budgetWeight, BigDecimal totalWeight, Map<String, BigDecimal> level1Weights,
                     Map<String, BigDecimal> level1WeightsWithoutSatisfaction, BigDecimal rateTolerance,
                     BigDecimal scoreTolerance, BigDecimal lowExecution, BigDecimal overAchievement,
                     String reverseMethod, BigDecimal qualitativeHeavy, String satisfactionLevel1,
                     List<String> satisfactionNames, List<String> noReason,
                     List<QualBand> bands, List<Grade> grades, Map<String, List<String>> levels,
                     List<String> placeholderExact, List<String> placeholderContains, List<String> guidance, BigDecimal minCoverage,
                     Map<String, BigDecimal> custom, BigDecimal executionFall) {

    /**
     * An auditor's own parameter (parameters.yaml, {@code custom:}), by name, for rules of their own:
     * {@code params.custom("scoreCap80")}. The loader has checked that every name a rule asks for is there.
     */
    public BigDecimal custom(String name) {
        BigDecimal v = custom.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameters.yaml 的 custom 中没有参数「" + name + "」");
        }
        return v;
    }

    /** Word lists are compared without whitespace; squeeze them once here rather than on every form. */
    public Params {
        satisfactionNames = squeezeAll(satisfactionNames);
        noReason = squeezeAll(noReason);
        placeholderExact = squeezeAll(placeholderExact);
        placeholderContains = squeezeAll(placeholderContains);
        guidance = squeezeAll(guidance);
        List<QualBand> squeezed = new java.util.ArrayList<>();
        for (QualBand b : bands) {
            squeezed.add(new QualBand(b.name(), b.min(), b.max(), b.sameAsTarget(), squeezeAll(b.words()),
                    squeezeAll(b.exact())));
        }
        bands = List.copyOf(squeezed);
        custom = Map.copyOf(custom);
    }

    private static List<String> squeezeAll(List<String> words) {
        return words.stream().map(Params::squeeze).toList();
    }

    public static final String LINEAR = "linear";
    public static final String RATIO = "ratio";

    public boolean linearReverse() {
        return LINEAR.equals(reverseMethod);
    }

    /**
     * The band an actual text implies, or null: "same as the target" first (a target of 无 met by
     * 无), then an exact match, then the longest band word the text contains.
     */
    public QualBand bandFor(String actual, String target) {
        if (actual == null || actual.isBlank()) {
            return null;
        }
        String a = squeeze(actual);
        if (target != null && a.equals(squeeze(target))) {
            for (QualBand b : bands) {
                if (b.sameAsTarget()) {
                    return b;
                }
            }
        }
        for (QualBand b : bands) {
            if (b.exact().contains(a)) {
                return b;
            }
        }
        QualBand best = null;
        int bestLength = 0;
        for (QualBand b : bands) {
            for (String w : b.words()) {
                if (w.length() > bestLength && a.contains(w)) {
                    best = b;
                    bestLength = w.length();
                }
            }
        }
        return best;
    }

    /** The band's lowest score for a weight: weight × min ÷ 100, rounded as scores are. */
    public BigDecimal bandLow(QualBand b, BigDecimal weight) {
        return rounding.mulDiv(weight, b.min(), Calc.HUNDRED);
    }

    /** The band's upper edge for a weight: weight × max ÷ 100, rounded as scores are. */
    public BigDecimal bandHigh(QualBand b, BigDecimal weight) {
        return rounding.mulDiv(weight, b.max(), Calc.HUNDRED);
    }

    /** The top band includes its upper edge; the others stop just below it. */
    public boolean topBand(QualBand b) {
        for (QualBand o : bands) {
            if (o.max().compareTo(b.max()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The highest score the band allows for a weight: its upper edge, less one unit of the last decimal below the top band. */
    public BigDecimal bandCeiling(QualBand b, BigDecimal weight) {
        BigDecimal high = bandHigh(b, weight);
        return topBand(b) ? high : high.subtract(BigDecimal.ONE.movePointLeft(rounding.scale()));
    }

    /** The band's range written out: {@code [8.00, 10.00]} or {@code [6.00, 8.00)}. */
    public String bandRange(QualBand b, BigDecimal weight) {
        return "[" + bandLow(b, weight).toPlainString() + ", " + bandHigh(b, weight).toPlainString()
                + (topBand(b) ? "]" : ")");
    }

    /** x rounded as rates and scores are (parameters.yaml rounding). */
    public BigDecimal round(BigDecimal x) {
        return rounding.round(x);
    }

    /** part ÷ whole × 100, rounded as rates are; null when whole is missing or 0. */
    public BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return rounding.percent(part, whole);
    }

    /**
     * The execution rates (%) a total funds line allows when its amounts are as printed, rounded to the
     * form's {@code reading.amountStep}: each original amount lies within half a step of the printed
     * one, so the rate lies between (executed − ½step) ÷ (budget + ½step) and (executed + ½step) ÷
     * (budget − ½step), both rounded as rates are. {low, high}; null when the amounts are exact or
     * no rate can be computed. A 0 is taken as written.
     */
    public BigDecimal[] printedRates(dev.selfeval.model.Form f, dev.selfeval.model.FundLine t) {
        BigDecimal step = f.reading().amountStep();
        BigDecimal budget = t.annualBudget();
        BigDecimal half = step == null ? null : step.divide(BigDecimal.valueOf(2));
        if (half == null || t.executed() == null || budget == null || budget.compareTo(half) <= 0) {
            return null;
        }
        BigDecimal e = t.executed();
        BigDecimal low = e.signum() == 0 ? e : e.subtract(half);
        BigDecimal high = e.signum() == 0 ? e : e.add(half);
        return new BigDecimal[] {percent(low, budget.add(half)), percent(high, budget.subtract(half))};
    }

    /** a × b ÷ c, rounded once at the end as scores are. */
    public BigDecimal mulDiv(BigDecimal a, BigDecimal b, BigDecimal c) {
        return rounding.mulDiv(a, b, c);
    }

    /** The grade a total reaches; the last grade when it reaches none. */
    public String gradeFor(BigDecimal total) {
        if (total == null) {
            return null;
        }
        for (Grade g : grades) {
            if (total.compareTo(g.min()) >= 0) {
                return g.name();
            }
        }
        return grades.get(grades.size() - 1).name();
    }

    /** The grade a written grade names (优秀 → 优, 自评等级：良 → 良), or null when it names none of them. */
    public String gradeNamed(String text) {
        if (text == null) {
            return null;
        }
        String t = squeeze(text);
        t = t.substring(Math.max(t.lastIndexOf(':'), t.lastIndexOf('：')) + 1);
        for (Grade g : grades) {
            if (t.startsWith(g.name())) {
                return g.name();
            }
        }
        return null;
    }

    public boolean knownLevel1(String level1) {
        return level1 != null && levels.containsKey(level1);
    }

    public boolean allowedLevel2(String level1, String level2) {
        return level2 != null && levels.getOrDefault(level1, List.of()).contains(level2);
    }

    public boolean isSatisfactionName(String name) {
        String n = squeeze(name);
        for (String s : satisfactionNames) {
            if (n.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        String t = squeeze(text);
        // a placeholder followed by a colon (指标1:, 指标2：), and by nothing or a word for "none" (指标1：/;
        // indicators.noReason), is still the template's text
        int colon = t.length();
        while (colon > 0 && t.charAt(colon - 1) != ':' && t.charAt(colon - 1) != '：') {
            colon--;
        }
        int end = colon > 0 && noReason.contains(t.substring(colon)) ? colon : t.length();
        while (end > 0 && (t.charAt(end - 1) == ':' || t.charAt(end - 1) == '：')) {
            end--;
        }
        if (placeholderExact.contains(t.substring(0, end))) {
            return true;
        }
        for (String c : placeholderContains) {
            if (t.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an indicator gives a deviation reason: its reason cell holds more than one of the texts
     * that say "none" (0, 无, /, —; parameters.yaml indicators.noReason).
     */
    public boolean hasReason(dev.selfeval.model.Indicator i) {
        return i.hasReason() && !noReason.contains(squeeze(i.reason()));
    }

    /**
     * Whether a reason the form states outside its indicator rows says something once the layout's
     * printed guidance is taken out of it (parameters.yaml placeholders.guidance): not 无, /, … and no
     * placeholder (（100字以内）).
     */
    public boolean hasReason(dev.selfeval.model.FormReason r) {
        String rest = squeeze(r.text());
        for (String g : guidance) {
            rest = rest.replace(g, "");
        }
        return !rest.isEmpty() && !noReason.contains(rest) && !isPlaceholder(rest);
    }

    /**
     * A row of the template left as it came (指标2, ……): its name a placeholder and nothing else filled
     * in. Such rows are counted once for the form (FORM-TEMPLATE-ROWS), not judged as indicators.
     */
    public boolean unfilledRow(dev.selfeval.model.Indicator i) {
        return isPlaceholder(i.name()) && bareRow(i);
    }

    /**
     * A row with a name and nothing else written: no target, actual, 分值, 得分 or reason (a target or
     * actual marked as not applicable, /, counts as none). A template row left blank when its name is a
     * placeholder; else a name whose cell extraction wrapped onto a line of its own, or an indicator
     * left unfilled, which the reader cannot tell apart.
     */
    public boolean bareRow(dev.selfeval.model.Indicator i) {
        return (i.target() == null || i.targetMeasure().blank()) && (i.actual() == null || i.actualMeasure().blank())
                && i.weight() == null && i.score() == null && !hasReason(i);
    }

    private static String squeeze(String s) {
        return s == null ? "" : dev.selfeval.model.Texts.squeeze(s);
    }
}
