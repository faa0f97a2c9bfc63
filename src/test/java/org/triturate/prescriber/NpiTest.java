package org.triturate.prescriber;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @ParameterizedTest(name = "{0} is a valid NPI")
    // The CMS example (NPIcheckdigit.pdf: Luhn over "80840" + 9 digits) and two vectors verified by hand.
    @ValueSource(strings = {"1234567893", "1528060837", "1881018208"})
    void acceptsTheReferenceVectors(String npi) {
        assertTrue(Npi.isValid(npi));
    }

    @ParameterizedTest(name = "{0}: wrong check digit")
    @ValueSource(strings = {"1234567890", "1234567891", "1234567892", "1234567894", "1528060838", "1881018209"})
    void rejectsAWrongCheckDigit(String npi) {
        assertFalse(Npi.isValid(npi));
    }

    @Test
    void theCheckIsOverThe80840PrefixNotThePlainDigits() {
        // 1234567897 passes a plain Luhn check of its ten digits but not the NPI check with the 80840 prefix.
        assertFalse(Npi.isValid("1234567897"));
    }

    @Test
    void rejectsAFirstDigitOtherThan1Or2EvenWithAValidCheckDigit() {
        // 3234567899 completes the 80840 Luhn sum, yet 3 is not an NPI's first digit.
        assertFalse(Npi.isValid("3234567899"));
    }

    @ParameterizedTest(name = "''{0}'' has the wrong shape")
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "12345678931", "12345678A3", " 1234567893", "1234-56789"})
    void rejectsTheWrongShape(String npi) {
        assertFalse(Npi.isValid(npi));
    }
}
