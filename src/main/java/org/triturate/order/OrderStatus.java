package org.triturate.order;

/**
 * The life of an order ({@link OrderAction} is its table): SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED
 * (→ PUT → SUBMITTED); APPROVED → COMPOUNDED → VERIFIED → DISPENSED; verification REJECT returns to APPROVED;
 * CANCELLED from SUBMITTED, CHANGES_REQUESTED or APPROVED. REJECTED, CANCELLED and DISPENSED are final.
 */
public enum OrderStatus {
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    COMPOUNDED,
    VERIFIED,
    DISPENSED,
    CANCELLED
}
