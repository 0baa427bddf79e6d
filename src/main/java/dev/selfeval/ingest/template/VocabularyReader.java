package dev.selfeval.ingest.template;

import dev.selfeval.ingest.yaml.StrictYaml;
import dev.selfeval.model.Comparison;
import dev.selfeval.model.Vocabulary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads rules/vocabulary.yaml; unknown names and values of the wrong kind are errors with their line. */
public final class VocabularyReader {
    public static final String FILE = "vocabulary.yaml";

    record Doc(Map<Comparison, List<String>> comparators, Map<Comparison, List<String>> suffixes,
               List<String> blanks, Vocabulary.LevelNames levelNames, Map<String, List<String>> units,
               Map<String, BigDecimal> money, Vocabulary.Breakdown breakdown, LayoutDoc layout, List<String> points,
               List<String> reached, List<String> timePoints) {
    }

    /** {@code layout}: the words after a title's year, and the page-number lines (regular expressions). */
    record LayoutDoc(List<String> yearWords, List<String> pageNumbers, List<String> projectCodes, List<String> unitNotes,
                     List<String> columnMarks) {
    }

    private VocabularyReader() {
    }

    public static Vocabulary read(String text, String file) throws TemplateReader.Invalid {
        Doc d;
        try {
            d = StrictYaml.read(text, Doc.class, "用语文件顶层").value();
        } catch (StrictYaml.Invalid e) {
            throw new TemplateReader.Invalid(List.of(new TemplateReader.Error(file, e.line(), "用语" + e.getMessage())));
        }
        if (d == null || d.comparators() == null || d.money() == null || d.levelNames() == null
                || d.levelNames().endsWith() == null || d.levelNames().maxLength() <= 0) {
            throw new TemplateReader.Invalid(List.of(new TemplateReader.Error(file, 0,
                    "用语文件缺少 comparators（比较写法）、money（金额单位）或 levelNames（endsWith 与正数 maxLength）")));
        }
        Vocabulary.Layout layout = Vocabulary.Layout.NONE;
        if (d.layout() != null) {
            List<String> pages = d.layout().pageNumbers() == null ? List.of() : d.layout().pageNumbers();
            List<String> codes = d.layout().projectCodes() == null ? List.of() : d.layout().projectCodes();
            checkPatterns(file, "layout.pageNumbers", pages);
            checkPatterns(file, "layout.projectCodes", codes);
            List<String> marks = d.layout().columnMarks() == null ? List.of() : d.layout().columnMarks();
            checkPatterns(file, "layout.columnMarks", marks);
            layout = Vocabulary.Layout.of(d.layout().yearWords() == null ? List.of() : d.layout().yearWords(), pages, codes,
                    d.layout().unitNotes() == null ? List.of() : d.layout().unitNotes(), marks);
        }
        List<String> times = d.timePoints() == null ? List.of() : d.timePoints();
        checkPatterns(file, "timePoints", times);
        return new Vocabulary(spellings(d.comparators()), spellings(d.suffixes()),
                d.blanks(), d.levelNames(), units(d.units()), d.money(), d.breakdown(),
                layout, d.points(), d.reached(), Vocabulary.anyOf(times));
    }

    /** Each of {@code patterns} (at {@code key}) a regular expression, else the file's error naming it. */
    private static void checkPatterns(String file, String key, List<String> patterns) throws TemplateReader.Invalid {
        for (String p : patterns) {
            try {
                java.util.regex.Pattern.compile(p);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new TemplateReader.Invalid(List.of(new TemplateReader.Error(file, 0,
                        "用语文件 " + key + " 中的「" + p + "」不是正确的正则表达式：" + e.getDescription())));
            }
        }
    }

    private static List<Vocabulary.Spelling> spellings(Map<Comparison, List<String>> byComparison) {
        List<Vocabulary.Spelling> out = new ArrayList<>();
        if (byComparison != null) {
            byComparison.forEach((c, words) -> words.forEach(w -> out.add(new Vocabulary.Spelling(w, c))));
        }
        return out;
    }

    private static Map<String, String> units(Map<String, List<String>> units) {
        Map<String, String> out = new HashMap<>();
        if (units != null) {
            units.forEach((unit, spellings) -> spellings.forEach(s -> out.put(s, unit)));
        }
        return out;
    }
}
