package dev.selfeval.engine.load;

import dev.selfeval.engine.ConditionWords;
import dev.selfeval.engine.Params;
import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.Templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The YAML files of a rules folder: its parameters (and each template's own), templates, vocabulary
 * and condition wording, with every problem found in them. They are read on a thread of their own
 * while the DRL files are parsed and compiled: the two take about as long.
 */
record RuleSettings(Params params, Templates templates, Map<String, Params> byTemplate, ConditionWords wording,
                    List<LoadError> errors) {

    /** Starts reading the settings of {@code files}; {@link #get} waits for them. */
    static FutureTask<RuleSettings> start(RuleFiles files) {
        FutureTask<RuleSettings> task = new FutureTask<>(() -> read(files));
        Thread t = new Thread(task, "selfeval-rule-settings");
        t.setDaemon(true);
        t.start();
        return task;
    }

    static RuleSettings get(FutureTask<RuleSettings> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取规则设置时被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static RuleSettings read(RuleFiles files) {
        List<LoadError> errors = new ArrayList<>();
        Params params = null;
        RuleFiles.RuleFile paramFile = files.files().stream().filter(RuleFiles.RuleFile::parameters).findFirst()
                .orElse(null);
        if (paramFile == null) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.PARAMETERS, 0, 0, "缺少参数文件 " + RuleFiles.PARAMETERS));
        } else {
            try {
                params = ParamsReader.read(paramFile.text(), paramFile.path());
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        Templates templates = TemplateFiles.read(files, errors);
        Map<String, Params> byTemplate = new LinkedHashMap<>();
        for (Template t : templates == null || params == null ? List.<Template>of() : templates.list()) {
            try {
                byTemplate.put(t.name(), t.parameters().isEmpty() ? params : ParamsReader.read(
                        paramFile.text(), paramFile.path(), t.parameters(), t.file()));
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        ConditionWords wording = ConditionWords.NONE;
        RuleFiles.RuleFile wordingFile = files.files().stream().filter(RuleFiles.RuleFile::wording).findFirst().orElse(null);
        if (wordingFile != null) {
            try {
                wording = WordingReader.read(wordingFile.text(), wordingFile.path());
            } catch (RuleLoadException e) {
                errors.addAll(e.errors());
            }
        }
        return new RuleSettings(params, templates, byTemplate, wording, errors);
    }
}
