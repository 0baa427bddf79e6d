package dev.selfeval.model;

import dev.selfeval.support.RandomTexts;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The text helpers of the hot paths against their plain definitions: whitespace over the whole BMP, NFKC on random text. */
class TextsTest {

    @Test
    void spaceIsAsciiControlsAndSpaceAndTheUnicodeSpaces() {
        String unicodeSpaces = "\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
                + "\u2028\u2029\u202F\u205F\u3000";
        int spaces = 0;
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            boolean expected = c <= ' ' || unicodeSpaces.indexOf(c) >= 0;
            assertEquals(expected, Texts.space(c), () -> "U+" + Integer.toHexString(c));
            spaces += expected ? 1 : 0;
        }
        assertEquals(33 + 20, spaces);
        assertEquals("年度总体目标", Texts.squeeze(" 年度\u3000总体\t目标\u00A0"));
    }

    /** The direct fold gives what NFKC gives, on random text mixing what it folds with what it must leave to the Normalizer. */
    /** The short cut for ASCII and Chinese answers as the full list of ranges does, for every char. */
    @Test
    void needsNfkcIsTheListOfRanges() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean ranges = c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000' || c >= '\u2000' && c <= '\u2BFF'
                    && c != '\u2014' && c != '\u2026' && c != '\u203A' || c >= '\uF900' && c <= '\uFAFF'
                    || c >= '\u3200' && c <= '\u33FF' || c == '\u00A0';
            assertEquals(ranges, Texts.needsNfkc(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void nfkcIsWhatTheNormalizerGives() {
        String alphabet = "项目资金元其中财政拨款（）：％，．－０９ＡＺａｚ\u3000 ab12%.,-、。《》“”‘’—…①\u00E9e\u0301\u00A0\uFF61\uFFE5\u2460"
                + "\u3008\u2329\uF900\u32A4\u00B2";
        // half the chars from the first 18 (Chinese and the full-width forms cells have), half from all
        for (String text : RandomTexts.of(alphabet, 18, 20_000, 8)) {
            // as before the fold: NFKC when needsNfkc says the text may change, else the text as it is
            String expected = Texts.needsNfkc(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
            assertEquals(expected, Texts.nfkc(text), text);
        }
        assertEquals("项目资金(元)", Texts.nfkc("项目资金（元）"));
        String plain = "项目资金(元)";
        assertSame(plain, Texts.nfkc(plain));
    }

    @Test
    void firstCharsListsEachWordsFirstCharOnce() {
        assertEquals("产效满", Texts.firstChars(java.util.List.of("产出指标", "效益指标", "满意度指标", "产值")));
        assertEquals("", Texts.firstChars(java.util.List.of()));
    }
}
