package org.triturate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.problem.ApiException;
import org.triturate.common.rest.QueryParams;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    }

    @Test
    void acceptsTheBounds() {
        assertEquals(new PageRequest(3, 1), PageRequest.of("3", "1"));
        assertEquals(new PageRequest(0, 200), PageRequest.of("0", "200"));
    }

    @Test
    void acceptsPagesUpToTheFurthestOffset() {
        assertEquals(new PageRequest(50_000, 200), PageRequest.of("50000", "200"));
        assertEquals(new PageRequest(10_000_000, 1), PageRequest.of("10000000", "1"));
        assertEquals(10_000_000L, PageRequest.of("50000", "200").offset());
    }

    @Test
    void theOffsetIsComputedWithoutOverflow() {
        assertEquals(2_147_483_647L * 200, new PageRequest(Integer.MAX_VALUE, 200).offset());
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 20, page",
        "0, 0, size",
        "0, 201, size",
        "x, 20, page",
        "0, 1.5, size",
        "0, '', size",
        "50001, 200, page",
        "2147483647, 200, page",
        "99999999999999999999, 20, page",
        "-99999999999999999999, 20, page",
        "0, 99999999999999999999, size"
    })
    void rejectsAnythingElseWith400NamingTheParameter(String page, String size, String field) {
        ApiException error = assertThrows(ApiException.class, () -> PageRequest.of(page, size));
        assertEquals(400, error.status());
        assertEquals(field, error.violations().get(0).field());
    }

    @Test
    void aCursorReplacesThePageNumber() {
        assertEquals(new PageRequest(0, 20, 42L), PageRequest.of(null, null, 42L));
        assertEquals(new PageRequest(0, 5, 42L), PageRequest.of("0", "5", 42L));
        assertEquals(new PageRequest(3, 20), PageRequest.of("3", null, null));
        assertEquals(0L, PageRequest.of(null, null, 42L).offset());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, afterId", ", -1, afterId", ", x, afterId", ", 1.5, afterId", "1, 42, page", "x, 42, page"})
    void rejectsABadCursorAndACursorWithAPage(String page, String afterId, String field) {
        ApiException error = assertThrows(
                ApiException.class, () -> PageRequest.of(page, null, QueryParams.optionalId("afterId", afterId)));
        assertEquals(400, error.status());
        assertEquals(field, error.violations().get(0).field());
    }
}
