package org.triturate.order.rest;

import java.time.Instant;
import org.triturate.order.OrderChange;
import org.triturate.order.OrderStatus;

/** One change in the life of an order, read from the audit trail. */
public record HistoryEntry(Instant at, String actor, String action, OrderStatus fromStatus, OrderStatus toStatus,
                           String note) {

    static HistoryEntry of(OrderChange change) {
        return new HistoryEntry(change.at(), change.actor(), change.action(), change.fromStatus(), change.toStatus(),
                change.note());
    }
}
