package dev.selfeval.engine.load;

import dev.selfeval.engine.ConditionWords;
import dev.selfeval.ingest.yaml.StrictYaml;

import java.util.Map;

/** Reads rules/wording.yaml: how explain words conditions in Chinese. Mistakes are load errors at their line. */
final class WordingReader {
    record WordingFile(Map<String, String> fields, Map<String, String> calls, Map<String, String> facts) {
    }

    private WordingReader() {
    }

    static ConditionWords read(String text, String file) throws RuleLoadException {
        try {
            WordingFile f = StrictYaml.read(text, WordingFile.class, "措辞文件顶层").value();
            return f == null ? ConditionWords.NONE : new ConditionWords(orEmpty(f.fields()), orEmpty(f.calls()), orEmpty(f.facts()));
        } catch (StrictYaml.Invalid e) {
            throw new RuleLoadException(new LoadError(file, e.line(), e.column(), e.message("措辞文件")));
        }
    }

    private static Map<String, String> orEmpty(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
