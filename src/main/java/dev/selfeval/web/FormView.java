package dev.selfeval.web;

import dev.selfeval.engine.RuleSet;
import dev.selfeval.engine.explain.Explainer;
import dev.selfeval.engine.run.Auditor;
import dev.selfeval.engine.run.WaiverFile;
import dev.selfeval.engine.run.Waivers;
import dev.selfeval.engine.explain.Explanation;
import dev.selfeval.engine.run.Pipeline;
import dev.selfeval.ingest.FileResult;
import dev.selfeval.ingest.InputFile;
import dev.selfeval.model.Form;
import dev.selfeval.store.RunQueries;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A saved form read and audited again, as its page shows it: the file read from the run's folder by
 * the rules' templates, the form found by its id, audited by the rules in force with the workbench's
 * waivers (explain's pipeline), and for a ledger row why each rule fired or held. When the rules in force are not the ones the run
 * was saved with, the page says so.
 */
final class FormView {
    private final RuleSet rules;
    private final Auditor auditor;
    private final ApprovedWaivers waivers;
    private final SavedInputs inputs;

    FormView(RuleSet rules, Auditor auditor, SavedInputs inputs, ApprovedWaivers waivers) {
        this.rules = rules;
        this.auditor = auditor;
        this.waivers = waivers;
        this.inputs = inputs;
    }

    /** The form as read again, or empty (with why) when its file is not where the workbench may read it. */
    record Read(Form form, String missing) {
    }

    Read read(RunQueries.Run run, RunQueries.StoredForm stored) {
        Path folder = inputs.folder(run);
        if (folder == null) {
            return new Read(null, "本次运行的输入不在工作台的上传文件夹或启动时给的文件夹中，表格原样无法显示；下面是数据库中保存的发现");
        }
        Path file = SavedInputs.file(folder, stored.file());
        if (file == null) {
            return new Read(null, "输入文件 " + stored.file() + " 已不在本次运行的文件夹中；下面是数据库中保存的发现");
        }
        FileResult r = Pipeline.read(new InputFile(file, stored.file(), stored.file()), null, rules.templates());
        Optional<Form> form = r.forms().stream().filter(f -> f.id().equals(stored.id())).findFirst();
        return form.map(f -> new Read(f, null))
                .orElseGet(() -> new Read(null, "按现行模板重读 " + stored.file() + " 时找不到表 " + stored.id() + "；下面是数据库中保存的发现"));
    }

    Explanation explain(Form form, String item) {
        Waivers applied;
        try {
            applied = waivers.forRun(rules);
        } catch (WaiverFile.Invalid e) {
            throw new Guard.Refused(409, "豁免文件无法使用：" + e.getMessage());
        }
        return new Explainer(rules, auditor, applied).explain(form, item, false);
    }

    /** Whether the run was made with the rules in force. */
    boolean sameRules(RunQueries.Run run) {
        return rules.fingerprint().equals(run.rulesFingerprint());
    }
}
