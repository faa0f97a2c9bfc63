package org.triturate.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The contract's precedence: when several codes apply, the status of the first row of its table wins. */
class ApiExceptionTest {

    private static int statusOf(ErrorCode... codes) {
        return new ApiException(java.util.Arrays.stream(codes)
                        .map(c -> Violation.of(c, "m"))
                        .toList())
                .status();
    }

    @Test
    void eachCodeHasTheContractStatus() {
        assertEquals(401, statusOf(ErrorCode.UNAUTHENTICATED));
        assertEquals(403, statusOf(ErrorCode.FORBIDDEN));
        assertEquals(404, statusOf(ErrorCode.NOT_FOUND));
        assertEquals(400, statusOf(ErrorCode.INVALID_FIELD));
        assertEquals(413, statusOf(ErrorCode.PAYLOAD_TOO_LARGE));
        assertEquals(415, statusOf(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        assertEquals(405, statusOf(ErrorCode.METHOD_NOT_ALLOWED));
        assertEquals(428, statusOf(ErrorCode.PRECONDITION_REQUIRED));
        assertEquals(412, statusOf(ErrorCode.VERSION_CONFLICT));
        assertEquals(409, statusOf(ErrorCode.DUPLICATE_USERNAME));
        assertEquals(429, statusOf(ErrorCode.TOO_MANY_ATTEMPTS));
        assertEquals(422, statusOf(ErrorCode.PRESCRIBER_NOT_FOUND));
    }

    @Test
    void theEarlierRowOfTheTableWins() {
        assertEquals(404, statusOf(ErrorCode.PRESCRIBER_NOT_FOUND, ErrorCode.NOT_FOUND));
        assertEquals(400, statusOf(ErrorCode.DUPLICATE_USERNAME, ErrorCode.INVALID_FIELD));
        assertEquals(412, statusOf(ErrorCode.DUPLICATE_USERNAME, ErrorCode.VERSION_CONFLICT));
        assertEquals(409, statusOf(ErrorCode.PRESCRIBER_NOT_FOUND, ErrorCode.DUPLICATE_USERNAME));
    }

    @Test
    void keepsEveryViolation() {
        ApiException error = new ApiException(List.of(
                Violation.of(ErrorCode.PRESCRIBER_NOT_FOUND, "a"),
                Violation.ofField(ErrorCode.INVALID_FIELD, "x", "b")));
        assertEquals(2, error.violations().size());
        Problem problem = Problems.of(error, "/api/v1/x");
        assertEquals(400, problem.status());
        assertEquals(2, problem.violations().size());
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThrows(IllegalArgumentException.class, () -> new ApiException(List.of()));
    }

    @Test
    void theProblemTypeDoesNotDependOnTheServersLocale() {
        Locale original = Locale.getDefault();
        try {
            // Turkish lower-cases I to a dotless ı: "invalid_field" would become "ınvalıd_fıeld".
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Problem problem = Problems.of(ApiException.invalidField("x", "m"), "/api/v1/x");
            assertEquals("urn:triturate:problem:invalid_field", problem.type());
        } finally {
            Locale.setDefault(original);
        }
    }
}
