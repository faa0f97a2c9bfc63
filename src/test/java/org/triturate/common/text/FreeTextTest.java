package org.triturate.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

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
}
