package dev.selfeval.engine.load;

import dev.selfeval.ingest.template.Template;
import dev.selfeval.ingest.template.TemplateReader;
import dev.selfeval.ingest.template.Templates;
import dev.selfeval.ingest.template.VocabularyReader;
import dev.selfeval.model.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The line of a template's top-level {@code name:}; 0 when it has none. */
    private static int nameLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("name:")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The templates of {@code templates/*.yaml}; errors go to {@code errors}, and give null when there are any. */
    static Templates read(RuleFiles files, List<LoadError> errors) {
        List<Template> list = new ArrayList<>();
        Map<String, RuleFiles.RuleFile> byName = new HashMap<>();
        int before = errors.size();
        for (RuleFiles.RuleFile f : files.files()) {
            if (!f.template()) {
                continue;
            }
            try {
                Template t = TemplateReader.read(f.text(), f.path());
                RuleFiles.RuleFile first = byName.putIfAbsent(t.name(), f);
                if (first != null) {
                    errors.add(new LoadError(f.path(), nameLine(f.text()), 0, "模板名称「" + t.name() + "」与 " + first.path() + ":"
                            + nameLine(first.text()) + " 的模板重名：报告和用例按名称认模板，请改其中一个的 name"));
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
