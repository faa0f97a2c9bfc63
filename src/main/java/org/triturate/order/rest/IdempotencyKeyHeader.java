package org.triturate.order.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.triturate.common.problem.ApiException;

/** The {@code Idempotency-Key} header of a submission (an order, a regimen), as the resource reads it. */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";

    private IdempotencyKeyHeader() {}

    /**
     * The key as sent, null without the header; an empty header is a malformed key, not an absent one, and two
     * headers are refused rather than one of them being picked.
     */
    public static String of(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(NAME);
        if (values != null && values.size() > 1) {
            throw ApiException.invalidField(NAME, "Send one Idempotency-Key header");
        }
        return values == null || values.isEmpty() ? null : values.get(0) == null ? "" : values.get(0);
    }
}
