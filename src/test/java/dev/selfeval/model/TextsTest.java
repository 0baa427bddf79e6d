package dev.selfeval.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whitespace as the forms have it, checked char by char over the whole BMP. */
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
}
