package dev.selfeval.model;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text helpers against their definitions: whitespace over the whole BMP, NFKC from the JDK's Normalizer. */
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

    /** Every BMP character between Chinese text and between ASCII: what the Normalizer gives. */
    @Test
    void nfkcIsTheNormalizersOnEveryBmpCharacter() {
        int changed = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = "项" + (char) c + "目";
            String expected = Normalizer.normalize(one, Normalizer.Form.NFKC);
            assertEquals(expected, Texts.nfkc(one), () -> "U+" + Integer.toHexString(one.charAt(1)));
            changed += expected.equals(one) ? 0 : 1;
            String ascii = "A" + (char) c + "1";
            assertEquals(Normalizer.normalize(ascii, Normalizer.Form.NFKC), Texts.nfkc(ascii));
        }
        assertTrue(changed > 2500, "characters NFKC changes next to Chinese text: " + changed);
        assertEquals("项目资金(元)", Texts.nfkc("项⽬资⾦（元）")); // Kangxi radicals 目 and 金, full-width parentheses
        assertEquals("年度总体目标", Texts.key("年度 总体\u3000⽬标"));
    }

    /** Kangxi radicals and compatibility ideographs become what NFKC makes of them; every other code point stays. */
    @Test
    void repairIdeographsFoldsOnlyTheExtractionIdeographs() {
        int count = 0;
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String one = new String(Character.toChars(cp));
            boolean block = cp >= 0x2F00 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
            String expected = block ? Normalizer.normalize(one, Normalizer.Form.NFKC) : one;
            String repaired = Texts.repairIdeographs("项" + one + "目");
            assertEquals(expected, repaired.substring(1, repaired.length() - 1), "U+" + Integer.toHexString(cp));
            count += expected.equals(one) ? 0 : 1;
        }
        assertEquals(214 + 460 + 542, count); // Kangxi radicals; compatibility ideographs but the 12 unified ones; supplement
        assertEquals("项目资金（元）", Texts.repairIdeographs("项⽬资⾦（元）"));
    }

}
