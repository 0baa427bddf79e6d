package dev.selfeval.engine.run;

import dev.selfeval.engine.FormAudit;
import dev.selfeval.model.Form;
import dev.selfeval.model.Indicator;
import dev.selfeval.model.IndicatorScore;
import dev.selfeval.model.YearForm;

import java.util.ArrayList;
import java.util.List;

/** A form's audit as the next year's form of its project is held against it ({@link YearForm}). */
final class YearForms {
    private YearForms() {
    }

    /** The form's year digest; null for a form without a key or a year (it has no year to follow). */
    static YearForm of(FormAudit a) {
        Form f = a.form();
        if (f == null || f.key().isEmpty() || f.header().year() == null) {
            return null;
        }
        List<YearForm.Item> items = new ArrayList<>();
        for (Indicator i : f.indicators()) {
            IndicatorScore s = a.indicators().stream().filter(x -> x.index() == i.index()).findFirst().orElse(null);
            items.add(new YearForm.Item(i.identity(), i.name(), s != null && s.method() == IndicatorScore.Method.POSITIVE,
                    i.targetMeasure() == null ? null : i.targetMeasure().number(), i.target(),
                    i.targetMeasure() == null ? null : i.targetMeasure().normalizedUnit(),
                    i.actualMeasure() == null ? null : i.actualMeasure().number(), s != null && Boolean.TRUE.equals(s.met()),
                    i.weight(), i.score(), i.reason()));
        }
        return new YearForm(f.id(), f.projectName(), f.header().year(), a.budget() == null ? null : a.budget().rate(), items,
                f.reasons());
    }
}
