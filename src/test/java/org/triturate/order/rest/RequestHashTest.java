package org.triturate.order.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/** The idempotency hash of a submission: canonical, and unchanged for requests that do not use the v2 fields. */
class RequestHashTest {

    private final RequestHash hash = new RequestHash(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aRequestWithoutTheV2FieldsHashesAsBeforeTheyExisted() throws Exception {
        String canonical = hash.canonical(request(null, null));
        assertFalse(canonical.contains("writtenOn"), canonical);
        assertFalse(canonical.contains("releaseType"), canonical);
    }

    @Test
    void theV2FieldsCountWhenGiven() {
        String v1 = hash.of(request(null, null));
        assertNotEquals(v1, hash.of(request(ReleaseType.IMMEDIATE, null)));
        assertNotEquals(v1, hash.of(request(null, LocalDate.of(2026, 11, 30))));
        assertEquals(v1, hash.of(request(null, null)));
    }

    private static OrderRequest request(ReleaseType releaseType, LocalDate writtenOn) {
        return new OrderRequest(
                3L,
                4L,
                null,
                DosageForm.CAPSULE,
                releaseType,
                List.of(new OrderRequest.ActiveRequest(1L, Quantity.of("37.5", Unit.MG))),
                null,
                Quantity.of("30", Unit.UNIT),
                new OrderRequest.DoseRequest(Quantity.of("1", Unit.UNIT), 1),
                "One capsule daily",
                30,
                0,
                null,
                null,
                null,
                writtenOn);
    }
}
