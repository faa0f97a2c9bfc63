package org.triturate.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;

class EntityVersionTest {

    @Test
    void etagIsTheQuotedVersion() {
        assertEquals("\"3\"", EntityVersion.etag(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" "})
    void acceptsStrongWeakAndBareVersions(String ifMatch) {
        assertEquals(3, EntityVersion.fromIfMatch(ifMatch));
        assertDoesNotThrow(() -> EntityVersion.require(ifMatch, 3));
    }

    @Test
    void missingIfMatchIs428() {
        ApiException missing = assertThrows(ApiException.class, () -> EntityVersion.require(null, 3));
        assertEquals(428, missing.status());
        assertEquals(
                ErrorCode.PRECONDITION_REQUIRED, missing.violations().get(0).code());
        assertEquals(
                428,
                assertThrows(ApiException.class, () -> EntityVersion.require(" ", 3))
                        .status());
    }

    @Test
    void staleIfMatchIs412() {
        ApiException stale = assertThrows(ApiException.class, () -> EntityVersion.require("\"2\"", 3));
        assertEquals(412, stale.status());
        assertEquals(ErrorCode.VERSION_CONFLICT, stale.violations().get(0).code());
    }

    @Test
    void somethingThatIsNotAVersionIs400() {
        assertEquals(
                400,
                assertThrows(ApiException.class, () -> EntityVersion.require("*", 3))
                        .status());
    }
}
