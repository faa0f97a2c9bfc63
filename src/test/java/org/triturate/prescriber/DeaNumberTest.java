package org.triturate.prescriber;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeaNumberTest {

    @ParameterizedTest(name = "{0} for {1} is valid")
    @CsvSource({
        // Vectors of the DEA check-digit algorithm ((d1+d3+d5) + 2(d2+d4+d6), last digit) and the API guide's example.
        "BB1388568, Baker",
        "AB1234563, Brown",
        "F91234563, Anyone",
        "BM1234563, Moreau",
        "BM1234563, moreau",
        "MM1234563, Martin",
    })
    void acceptsValidNumbers(String number, String lastName) {
        assertNull(DeaNumber.problem(number, lastName));
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
        "BM1234564, Moreau, check digit",
        "BB1388567, Baker, check digit",
        "BM1234563, Okafor, second letter is not the last-name initial",
        "BX1234563, Moreau, second letter is not the last-name initial",
        "bm1234563, Moreau, lower case",
        "BM123456, Moreau, six digits",
        "BM12345633, Moreau, eight digits",
        "B1234563, Moreau, one letter",
        "BMX234563, Moreau, three letters",
        "9M1234563, Moreau, first character a digit",
        "BM1234563-001AB, Moreau, suffix",
        "BM12345E3, Moreau, letter among the digits",
    })
    void rejectsInvalidNumbers(String number, String lastName, String why) {
        String problem = DeaNumber.problem(number, lastName);
        assertNotNull(problem, why);
        assertTrue(problem.startsWith("The") || problem.startsWith("A DEA"), problem);
    }

    @ParameterizedTest(name = "a missing number is invalid")
    @CsvSource(
            value = {"NULL, Moreau"},
            nullValues = "NULL")
    void rejectsAMissingNumber(String number, String lastName) {
        assertNotNull(DeaNumber.problem(number, lastName));
    }
}
