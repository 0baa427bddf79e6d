package dev.selfeval.engine.run;

import dev.selfeval.engine.CrossFormFinding;
import dev.selfeval.engine.FormAudit;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.Format;
import dev.selfeval.ingest.FormReaders;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.model.Finding;
import dev.selfeval.model.Form;
import dev.selfeval.model.SweepGroup;
import dev.selfeval.model.YearPair;
import org.kie.api.event.rule.AgendaEventListener;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps every run takes with its forms, in this order: read each file into forms by the rules'
 * templates ({@link #read}); audit each form (a failure costs that form only), apply the waivers,
 * mark the findings against the baseline ({@link #form}); at the end, the cross-form rules on the
 * forms' signatures and the waivers' own rules, waived and marked alike ({@link #end}). Rendering is
 * the caller's: the {@link Sweep} (in parallel, a piece of a file at a time, into a {@link FormSink}),
 * explain (with a trace, without waivers), the rule-test runner, the sample run of rules check and
 * bench all take these steps.
 */
public final class Pipeline {
    private final Auditor auditor;
    private final Waivers waivers;
    private final Baseline baseline;

    /** @param baseline an earlier run to compare with, or null */
    public Pipeline(Auditor auditor, Waivers waivers, Baseline baseline) {
        this.auditor = auditor;
        this.waivers = waivers;
        this.baseline = baseline;
    }

    /** Reading: a file into forms by the templates; what could not be read is in the result, never thrown. */
    public static FileResult read(InputFile in, Charset encoding, Templates templates) {
        return FormReaders.read(in, encoding, templates);
    }

    /** Reading a form held in memory (the bundled sample), in a format known beforehand. */
    public static FileResult read(byte[] bytes, String name, Format format, Templates templates) {
        return FormReaders.read(bytes, name, name, null, format, templates);
    }

    public Auditor auditor() {
        return auditor;
    }

    /** One form audited, waived and marked; {@code listener}, when not null, sees its rules fire. */
    public FormAudit form(Form f, AgendaEventListener listener) {
        FormAudit a;
        try {
            a = auditor.audit(f, listener);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            a = auditor.single().failure(f, e);
        }
        return mark(a);
    }

    /** A form whose rules got stuck on an earlier try: its place in the report, with why. */
    public FormAudit givenUp(Form f) {
        return mark(auditor.single().failure(f, "规则运行超过每表时限后仍未停下（某条规则的 then 部分可能陷入死循环），本表已放弃审核；"
                + "请用 selfeval explain 逐条检查本表的规则"));
    }

    /** A file that could not be read, as a form-less audit. */
    public FormAudit unreadable(String id, FileResult file) {
        return mark(auditor.single().unreadable(id, file));
    }

    /** What the run finds as a whole: cross-form findings, the waivers' own, and what the baseline had that is gone. */
    public record End(List<CrossFormFinding> crossForm, List<Finding> waivers, List<Baseline.Entry> resolved) {
    }

    /**
     * The end of a run over the forms' signature groups and the year pairs of its projects; call once
     * every form has gone through {@link #form}.
     */
    public End end(List<SweepGroup> groups, List<YearPair> pairs) {
        List<CrossFormFinding> cross = new ArrayList<>();
        List<CrossFormFinding> found = new ArrayList<>(auditor.single().crossForm(groups));
        found.addAll(auditor.single().crossYear(pairs));
        for (CrossFormFinding c : found) {
            c = waivers.apply(c);
            cross.add(baseline == null ? c : baseline.mark(c));
        }
        List<Finding> onWaivers = new ArrayList<>();
        for (Finding f : auditor.single().waiverFindings(waivers.checks())) {
            onWaivers.add(baseline == null ? f : baseline.mark(f));
        }
        return new End(cross, onWaivers, baseline == null ? List.of() : baseline.resolved());
    }

    private FormAudit mark(FormAudit audit) {
        FormAudit a = waivers.apply(audit);
        return baseline == null ? a : baseline.mark(a);
    }
}
