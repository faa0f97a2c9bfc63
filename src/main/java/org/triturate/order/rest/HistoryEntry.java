package org.triturate.order.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.audit.StatusChange;
import org.triturate.order.OrderStatus;

/** One change in the life of an order, read from the audit trail. */
public record HistoryEntry(
        Instant at,
        String actor,
        String action,
        @Schema(nullable = true) OrderStatus fromStatus,
        @Schema(nullable = true) OrderStatus toStatus,
        @Schema(nullable = true) String note) {

    static HistoryEntry of(StatusChange<OrderStatus> change) {
        return new HistoryEntry(
                change.at(), change.actor(), change.action(), change.fromStatus(), change.toStatus(), change.note());
    }
}
