package org.triturate.order;

import java.time.Instant;

/** One change in the life of an order, as the audit trail recorded it. */
public record OrderChange(
        Instant at, String actor, String action, OrderStatus fromStatus, OrderStatus toStatus, String note) {}
