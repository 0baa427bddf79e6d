package dev.selfeval.engine.authoring;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.ingest.Format;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.Form;
import dev.selfeval.model.ReadProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the rules folder's templates still read the bundled sample whole: its ten real forms in the
 * national layout, every cell understood. A template edited wrong (a column's label mistyped) or
 * deleted shows here, in {@code rules check}, rather than as forms read by another layout in a run.
 * When a form is not read whole, each template's own reading of it says why.
 */
public final class SampleReading {
    /** The forms in the bundled sample (samples/000_01ee96ef31214bdb.txt). */
    static final int SAMPLE_FORMS = 10;

    private SampleReading() {
    }

    /** What is wrong, in Chinese, one line each; empty when the sample is read whole. */
    public static List<String> problems(RuleSet rules) {
        byte[] bytes = SampleRun.bundled(SampleRun.SAMPLE);
        if (bytes == null) {
            return List.of();
        }
        List<Form> forms = Pipeline.read(bytes, "示例表", Format.TEXT, rules.templates()).forms();
        List<Form> partial = forms.stream().filter(f -> !whole(f)).toList();
        List<String> out = new ArrayList<>();
        if (forms.size() != SAMPLE_FORMS) {
            out.add("内置示例表（全国通用表式的 " + SAMPLE_FORMS + " 张真实表）被分成了 " + forms.size()
                    + " 张表：各模板 match.titles 中应有一个是这些表的标题（财政项目支出绩效自评表）");
        }
        if (partial.isEmpty()) {
            return out;
        }
        Form f = partial.get(0);
        out.add("内置示例表（全国通用表式的 " + SAMPLE_FORMS + " 张真实表）有 " + partial.size() + " 张没有完全读懂，如 " + f.id()
                + "「" + f.header().projectName() + "」：按表式「" + f.template() + "」读懂率 " + f.reading().coverage().toPlainString()
                + "%" + (f.missing().isEmpty() ? "" : "，缺少 " + String.join("、", f.missing())) + "。这通常是模板改错或删掉了：");
        for (Template t : rules.templates().list()) {
            List<Form> alone = Pipeline.read(bytes, "示例表", Format.TEXT, new Templates(List.of(t), rules.templates().vocabulary())).forms();
            Form same = alone.stream().filter(a -> a.id().equals(f.id())).findFirst().orElse(null);
            out.add("  按表式「" + t.name() + "」（" + t.file() + "）：" + (same == null ? "读不出这张表" : reading(same)));
        }
        return out;
    }

    private static boolean whole(Form f) {
        return f.missing().isEmpty() && f.reading().gaps().isEmpty() && f.reading().cells() == f.reading().placed();
    }

    /** A form's reading in a line: its coverage, and its first PARSE-UNREADABLE (which names a header's missing column). */
    private static String reading(Form f) {
        String unreadable = f.problems().stream().filter(p -> p.code().equals("PARSE-UNREADABLE")).map(ReadProblem::message)
                .findFirst().orElse("");
        return "读懂率 " + f.reading().coverage().toPlainString() + "%" + (unreadable.isEmpty() ? "" : "；" + unreadable);
    }
}
