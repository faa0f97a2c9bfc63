package org.triturate.order;

import java.util.Set;

/**
 * The life of an order (../shared/api.md §4): SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED (→ PUT →
 * SUBMITTED); APPROVED → COMPOUNDED → VERIFIED → DISPENSED; verification REJECT returns to APPROVED; CANCELLED
 * from SUBMITTED, CHANGES_REQUESTED or APPROVED. REJECTED, CANCELLED and DISPENSED are final.
 */
public enum OrderStatus {
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    COMPOUNDED,
    VERIFIED,
    DISPENSED,
    CANCELLED;

    /** Where a cancellation may come from. */
    public static final Set<OrderStatus> CANCELLABLE = Set.of(SUBMITTED, CHANGES_REQUESTED, APPROVED);
}
