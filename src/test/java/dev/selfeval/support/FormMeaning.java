package dev.selfeval.support;

import dev.selfeval.model.Form;
import dev.selfeval.model.FundLine;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.Measure;
import dev.selfeval.model.ReadProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A form's content as lines of text, every field but where it came from (id, source, lines, places):
 * what must be the same whatever format the form was read from. Numbers are compared by value and
 * a target or actual that is a number by its comparator, value and unit: a workbook shows 41089.5
 * as 41089.50 and 100% as 100.00% when its cell format says so, as the text seed does not.
 */
public final class FormMeaning {
    private FormMeaning() {
    }

    public static List<String> of(Form f) {
        List<String> out = new ArrayList<>();
        out.add("header|" + f.header().projectName() + "|" + f.header().department() + "|"
                + f.header().implementingUnit() + "|" + f.header().year() + "|" + f.amountUnit());
        for (FundLine l : f.funds()) {
            out.add("fund|" + l.kind() + "|" + n(l.initialBudget()) + "|" + n(l.annualBudget()) + "|" + n(l.executed())
                    + "|" + n(l.weight()) + "|" + n(l.rate()) + "|" + n(l.score()) + "|" + l.missing());
        }
        out.add("goals|" + f.goals().expected() + "|" + f.goals().actual());
        for (Indicator i : f.indicators()) {
            out.add("indicator|" + i.index() + "|" + i.level1() + "|" + i.level2() + "|" + i.name() + "|"
                    + measure(i.targetMeasure()) + "|" + measure(i.actualMeasure()) + "|" + n(i.weight()) + "|" + n(i.score()) + "|" + i.reason());
        }
        out.add("total|" + n(f.total().weight()) + "|" + n(f.total().score()));
        for (ReadProblem p : f.problems()) {
            out.add("problem|" + p.code() + "|" + p.field() + "|" + p.text());
        }
        return out;
    }

    public static List<List<String>> of(List<Form> forms) {
        return forms.stream().map(FormMeaning::of).toList();
    }

    private static String n(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String measure(Measure m) {
        return m.quantitative() ? m.comparison() + " " + n(m.number()) + " " + m.unit() : String.valueOf(m.text());
    }
}
