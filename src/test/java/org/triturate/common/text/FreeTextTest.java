package org.triturate.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @Test
    void surroundingWhitespaceGoes() {
        assertEquals("Lot 7 cracked", FreeText.trimmedOrNull("  Lot 7 cracked\n"));
    }

    @Test
    void noTextAndBlankTextAreNoText() {
        assertNull(FreeText.trimmedOrNull(null));
        assertNull(FreeText.trimmedOrNull(""));
        assertNull(FreeText.trimmedOrNull(" \t\n"));
    }

    @ParameterizedTest(name = "{0} is not clean")
    @ValueSource(
            strings = {"a\u0000b", "\u0001", "\u001f", "\u007f", "\u0080", "\u009f", "\ud800", "x\udbff", "\udc00y"})
    void controlCharactersAndUnpairedSurrogatesAreNotClean(String text) {
        assertFalse(FreeText.isClean(text));
    }

    @ParameterizedTest(name = "{0} is clean")
    @ValueSource(strings = {"", "Take 1\tcapsule\r\ndaily", "Zoë Ångström", "\ud83d\udc8a 200 mg", "\u00a0\u2028"})
    void tabsLineBreaksAndEveryCharacterPairAreClean(String text) {
        assertTrue(FreeText.isClean(text));
    }
}
