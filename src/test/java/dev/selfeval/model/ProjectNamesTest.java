package dev.selfeval.model;

import dev.selfeval.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectNamesTest {
    /** The definition the one-pass key must agree with. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    @Test
    void keyIsNfkcWithoutWhitespacePunctuationAndSymbols() {
        assertEquals("BX21D2212345热线大数据智能分析系统项目资金审批表23002",
                ProjectNames.key("BX21-D-2212345热线大数据智能分析系统项目(资金审批表23002)"));
        assertEquals("2022年分平台运行维护费", ProjectNames.key("２０２２年 分平台运行维护费。"));
        assertEquals("", ProjectNames.key(null));
    }

    @Test
    void agreesWithTheRegularExpression() {
        List<String> names = new ArrayList<>();
        Fixtures.seedForms().forEach(f -> names.add(f.projectName()));
        names.addAll(List.of("", " \t\u000B\f\r\n", "全角（括号）、顿号；", "ﬁ²½µ①㈠Ⅱ", "a\u3000b\u00A0c", "😀表情 emoji",
                "$100+€5=¥", "中华人民共和国——项目…", "\u2028\u2029\u0085", "a_b~c^d`e|f", "\uD800lone"));
        for (String n : names) {
            String expected = NOISE.matcher(Normalizer.normalize(n, Normalizer.Form.NFKC)).replaceAll("");
            assertEquals(expected, ProjectNames.key(n), n);
        }
    }
}
