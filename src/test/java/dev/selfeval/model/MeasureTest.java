package dev.selfeval.model;

import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "=52次|EQ|52|次",
            ">=85%|GE|85|%",
            "<=45人|LE|45|人",
            ">90%|GT|90|%",
            "≥100%|GE|100|%",
            "≤30万元|LE|30|万元",
            "＞5个|GT|5|个",
            "＜＝3天|LE|3|天",
            "＝1套|EQ|1|套",
            "不低于95%|GE|95|%",
            "不少于4次|GE|4|次",
            "大于等于90%|GE|90|%",
            "不高于10万元|LE|10|万元",
            "不超过30天|LE|30|天",
            "≧95%|GE|95|%",
            "≦16元|LE|16|元",
            "═100%|EQ|100|%",
            "﹦1套|EQ|1|套",
            "达到12000人次|GE|12000|人次",
            "95%以上|GE|95|%",
            "30天以内|LE|30|天",
            "5%以下|LE|5|%",
            "30G|null|30|G",
            "42人|null|42|人",
            "360|null|360|null",
            "1,500次|null|1500|次",
            "≥-12,345.60万元|GE|-12345.60|万元",
            "123,456,789,012,345,678.5元|null|123456789012345678.5|元",
            "98.5百分比|null|98.5|百分比",
            "0|null|0|null",
    })
    void quantitative(String text, String comparison, String number, String unit) {
        Measure m = Measure.parse(text, Fixtures.templates().vocabulary());
        assertEquals(comparison == null ? null : Comparison.valueOf(comparison), m.comparison());
        assertEquals(number, m.number().toPlainString());
        assertEquals(unit, m.unit());
        assertEquals(text, m.text());
        assertEquals(true, m.quantitative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"合理", "有效", "及时性", "健全", "平稳运行", "建立日常维护管理机制", "一季度一次",
            "满意", "每天使用超过1小时", "系统7*24小时正常运行", "完成", "1234,567人", "15,00次", "2019年", "≤2023年"})
    void qualitative(String text) {
        Measure m = Measure.parse(text, Fixtures.templates().vocabulary());
        assertEquals(false, m.quantitative());
        assertEquals(text, m.text());
    }

    /** The words come from the vocabulary the rules folder gives, not from the code. */
    @Test
    void wordsComeFromTheVocabulary() {
        Vocabulary own = new Vocabulary(List.of(new Vocabulary.Spelling("不得低于", Comparison.GE)),
                List.of(new Vocabulary.Spelling("及以上", Comparison.GE)), List.of(),
                new Vocabulary.LevelNames(List.of("指标"), 12, null), Map.of("%", "%"), Map.of("元", BigDecimal.ONE), null, null, null, null, null);
        assertEquals(Comparison.GE, Measure.parse("不得低于95%", own).comparison());
        assertEquals(Comparison.GE, Measure.parse("95%及以上", own).comparison());
        assertEquals(null, Measure.parse("不低于95%", own).comparison());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {"95%|%", "95百分比|%", "3人|人", "3|null"})
    void unitsFoldTogether(String text, String unit) {
        assertEquals(unit, Measure.parse(text, Fixtures.templates().vocabulary()).normalizedUnit());
    }
}
