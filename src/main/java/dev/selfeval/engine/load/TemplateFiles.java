package dev.selfeval.engine.load;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.TemplateReader;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.ingest.template.VocabularyReader;
import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/** The form layouts of a rules folder: {@code templates/*.yaml} and {@code vocabulary.yaml}, read and checked. */
final class TemplateFiles {
    private TemplateFiles() {
    }

    /** The form layouts of a rules folder, without compiling its rules. */
    static Templates read(RuleFiles files) throws RuleLoadException {
        refuseUnreadable(files);
        List<LoadError> errors = new ArrayList<>();
        Templates t = read(files, errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return t;
    }

    /** Files whose text could not be decoded are refused before anything is read from them. */
    static void refuseUnreadable(RuleFiles files) throws RuleLoadException {
        List<LoadError> errors = files.files().stream().filter(f -> f.unreadable() != null)
                .map(f -> new LoadError(f.path(), f.line(), 0, f.unreadable())).toList();
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
    }

    /** The templates of {@code templates/*.yaml}; errors go to {@code errors}, and give null when there are any. */
    static Templates read(RuleFiles files, List<LoadError> errors) {
        List<Template> list = new ArrayList<>();
        int before = errors.size();
        for (RuleFiles.RuleFile f : files.files()) {
            if (!f.template()) {
                continue;
            }
            try {
                Template t = TemplateReader.read(f.text(), f.path());
                if (list.stream().anyMatch(x -> x.name().equals(t.name()))) {
                    errors.add(new LoadError(f.path(), 0, 0, "模板名称「" + t.name() + "」与另一个模板重复"));
                } else {
                    list.add(t);
                }
            } catch (TemplateReader.Invalid e) {
                e.errors().forEach(x -> errors.add(new LoadError(x.file(), x.line(), 0, x.message())));
            }
        }
        if (list.isEmpty() && errors.size() == before) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.TEMPLATES, 0, 0,
                    "规则目录中没有表式模板（templates/*.yaml）：没有它读不了表格"));
        }
        Vocabulary vocabulary = null;
        RuleFiles.RuleFile v = files.files().stream().filter(RuleFiles.RuleFile::vocabulary).findFirst().orElse(null);
        if (v == null) {
            errors.add(new LoadError(files.dir() + "/" + RuleFiles.VOCABULARY, 0, 0,
                    "缺少单元格用语文件 " + RuleFiles.VOCABULARY + "（比较写法、单位、金额单位）"));
        } else {
            try {
                vocabulary = VocabularyReader.read(v.text(), v.path());
            } catch (TemplateReader.Invalid e) {
                e.errors().forEach(x -> errors.add(new LoadError(x.file(), x.line(), 0, x.message())));
            }
        }
        return errors.size() > before ? null : new Templates(list, vocabulary);
    }
}
