package org.triturate.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void spacesAroundAreRemovedAndLetterCaseIsLowered() {
        assertEquals(Optional.of("admin"), Username.canonical("  Admin "));
        assertEquals(Optional.of("admin"), Username.canonical("ADMIN\u00a0"));
    }

    @Test
    void composedAndDecomposedSpellingsAreOneName() {
        assertEquals(Username.canonical("Jos\u00e9"), Username.canonical("Jose\u0301"));
        assertEquals(Optional.of("jos\u00e9"), Username.canonical("JOSE\u0301"));
    }

    @Test
    void dottedCapitalIIsNotPlainI() {
        // Locale.ROOT lower case of U+0130 is i + U+0307: "ADMİN" is another name than "admin".
        assertEquals(Optional.of("admi\u0307n"), Username.canonical("ADM\u0130N"));
    }

    @Test
    void sharpSIsKeptNotFoldedToSs() {
        assertEquals(Optional.of("stra\u00dfe"), Username.canonical("STRA\u00dfE"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000dmin", // NUL
                "admin\t", // a control character, even at the end
                "ad\u200bmin", // zero-width space
                "ad\u200dmin", // zero-width joiner
                "\ufeffadmin", // byte order mark
                "admin\u202e", // right-to-left override
                "adm\ud800in", // unpaired high surrogate
                "admin\udc00", // unpaired low surrogate
                "admin\u2028", // line separator
                "adm\ue000in", // private use
                "   ",
                ""
            })
    void hiddenCharactersMakeANameNobodys(String name) {
        assertEquals(Optional.empty(), Username.canonical(name));
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() {
        assertEquals(Optional.of("admin\ud83d\ude00"), Username.canonical("Admin\ud83d\ude00"));
    }
}
