package dev.selfeval.engine.authoring;

import dev.selfeval.model.Form;
import dev.selfeval.model.Reading;

import java.util.ArrayList;
import java.util.List;

/** Checks a form's reading summary against what a rule test case pins ({@code reading:} in its .expect.yaml). */
final class ReadingCheck {
    private ReadingCheck() {
    }

    /** What differs, one line each in Chinese; empty when the case pins nothing or everything matches. */
    static List<String> failures(RuleCase.Reading want, Form f) {
        List<String> out = new ArrayList<>();
        if (want == null) {
            return out;
        }
        Reading r = f.reading();
        if (want.coverage() != null && new java.math.BigDecimal(want.coverage()).compareTo(r.coverage()) != 0) {
            out.add(f.id() + " 读懂率应为 " + want.coverage() + "%，实际 " + r.coverage().toPlainString() + "%（"
                    + r.placed() + "/" + r.cells() + " 个单元格）");
        }
        compare(out, f.id(), "读懂的块（complete）", want.complete(), r.complete());
        compare(out, f.id(), "只读懂一部分的块（partial）", want.partial(), r.partial());
        compare(out, f.id(), "没认出的行（unknownLabels）", want.unknownLabels(), r.unknownLabels());
        return out;
    }

    private static void compare(List<String> out, String id, String what, List<String> want, List<String> got) {
        if (want != null && !want.equals(got)) {
            out.add(id + " " + what + "应为 " + want + "，实际 " + got);
        }
    }
}
