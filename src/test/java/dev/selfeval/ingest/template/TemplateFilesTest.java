package dev.selfeval.ingest.template;

import dev.selfeval.model.Comparison;
import dev.selfeval.model.Vocabulary;
import dev.selfeval.support.Fixtures;
import dev.selfeval.support.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Template and vocabulary files as auditors write them: what they say, and what a mistake in them reports. */
class TemplateFilesTest {

    private static String national() throws Exception {
        return Files.readString(Rules.DIR.resolve("templates/national.yaml"));
    }

    /** The 1-based line of the first line of {@code text} that starts with {@code start}, from {@code after} on. */
    private static int lineOf(String text, String after, String start) {
        List<String> lines = text.lines().toList();
        int from = after == null ? 0 : lines.indexOf(after);
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    private static List<String> templateErrors(String text) {
        TemplateReader.Invalid e = assertThrows(TemplateReader.Invalid.class, () -> TemplateReader.read(text, "t.yaml"));
        return e.errors().stream().map(TemplateReader.Error::toString).toList();
    }

    private static List<String> vocabularyErrors(String text) {
        TemplateReader.Invalid e = assertThrows(TemplateReader.Invalid.class, () -> VocabularyReader.read(text, "v.yaml"));
        return e.errors().stream().map(TemplateReader.Error::toString).toList();
    }

    @Test
    void theShippedTemplatesInFileOrder() {
        assertEquals(List.of("全国通用", "北京2016", "四川部门预算项目", "预算20分·指标80分", "转移支付绩效目标", "资金按金额成行"),
                Fixtures.templates().list().stream().map(Template::name).toList());
        assertEquals(List.of(true, true, true, true, false, true), Fixtures.templates().list().stream().map(Template::scored).toList());
        assertEquals(List.of(false, false, false, true, false, false),
                Fixtures.templates().list().stream().map(Template::weightsInLevel1Names).toList());
        assertEquals(List.of(false, false, false, false, false, true),
                Fixtures.templates().list().stream().map(Template::fundKindsInRows).toList());
    }

    @Test
    void aMisspelledKeyIsNamedWithItsLine() throws Exception {
        String n = national();
        assertEquals(List.of("t.yaml:" + lineOf(n, null, "    weight:") + ": 模板未知字段「weigth」（在 columns 中）；您是否要写 weight"),
                templateErrors(n.replace("    weight: [分值, 权重]\n", "    weigth: [分值, 权重]\n")));
    }

    @Test
    void aRequiredLabelMissingIsNamedWithTheLineOfItsBlock() throws Exception {
        String n = national();
        assertEquals(List.of("t.yaml:" + lineOf(n, "funds:", "  columns:") + ": 缺少 funds.columns.executed（至少写一个标签）"),
                templateErrors(n.replace("    executed: [全年执行数, 全年执行, 预算执行数]\n", "")));
    }

    @Test
    void aFundsDirectionOtherThanColumnsOrRowsIsNamed() throws Exception {
        String n = national().replace("  labels: [项目资金]\n", "  labels: [项目资金]\n  kindsIn: across\n");
        assertEquals(List.of("t.yaml:" + lineOf(n, null, "  kindsIn:") + ": funds.kindsIn 应为 columns（每种金额一列，全国表式）"
                + "或 rows（每种金额一行，资金来源各占一列），而不是「across」"), templateErrors(n));
    }

    @Test
    void aListWrittenAsOneWordIsRefusedInChinese() throws Exception {
        String n = national();
        assertEquals(List.of("t.yaml:" + lineOf(n, null, "  titles:") + ": 模板格式错误：「match.titles」应为列表，如 [甲, 乙]"),
                templateErrors(n.replace("  titles: [绩效自评表]", "  titles: 绩效自评表")));
    }

    @Test
    void weightWithoutScoreIsAMistake() throws Exception {
        String text = national();
        int indicators = text.indexOf("indicators:");
        String noScore = text.substring(0, indicators) + text.substring(indicators).replaceFirst("    score: \\[得分\\]\n", "");
        assertEquals(List.of("t.yaml:" + lineOf(text, "indicators:", "  columns:")
                + ": weight（分值）与 score（得分）应都写或都不写：不写表示本表式不打分"
                + "（分值只写在一级指标名里的表式写 indicators.weightsIn: level1，只写 score）"), templateErrors(noScore));
    }

    @Test
    void weightsInTheLevel1NamesTakeAScoreColumnOnly() throws Exception {
        String text = national();
        String level1 = text.replace("  level1Names: [", "  weightsIn: level1\n  level1Names: [");
        assertEquals(List.of("t.yaml:" + lineOf(level1, "indicators:", "  columns:")
                + ": indicators.weightsIn 为 level1（分值写在一级指标名里）时只写 score（得分），不写 weight（分值）"), templateErrors(level1));
        String other = text.replace("  level1Names: [", "  weightsIn: level2\n  level1Names: [");
        assertEquals(List.of("t.yaml:" + lineOf(other, "indicators:", "  weightsIn:") + ": indicators.weightsIn 应为 rows（每项指标一栏分值，"
                + "全国表式）或 level1（分值只写在一级指标名里），而不是「level2」"), templateErrors(other));
    }

    @Test
    void anUnknownComparisonListsTheOnesThereAre() throws Exception {
        String v = Files.readString(Rules.DIR.resolve("vocabulary.yaml"));
        List<String> errors = vocabularyErrors(v.replace("  GE: [\">=\"", "  GTE: [\">=\""));
        assertEquals(1, errors.size());
        assertEquals("v.yaml:" + lineOf(v, null, "  GE:") + ": 用语格式错误：「comparators」中的「GTE」不是可用的值，可用：" + String.join("、",
                java.util.Arrays.stream(Comparison.values()).map(Enum::name).toList()), errors.get(0));
        assertEquals(List.of("v.yaml:0: 用语文件缺少 comparators（比较写法）、money（金额单位）或 levelNames（endsWith 与正数 maxLength）"),
                vocabularyErrors("units: {}\n"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {"'  —\u3000'|true", "'\t--\t'|true", "－|true", "'／ '|true", "–|true",
            "' - - '|false", "'\u00A0-'|true", "—— —|false", "无|false", "ab|false", "'   '|true", "'\u2003/\u2003'|true"})
    void blanksAreTheVocabularysDashesFoldedAndTrimmed(String cell, boolean expected) {
        Vocabulary v = Fixtures.templates().vocabulary();
        assertEquals(expected, v.isBlank(cell));
    }
}
