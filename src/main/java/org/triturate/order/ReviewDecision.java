package org.triturate.order;

/** A pharmacist's decision on a SUBMITTED order, and the status it leads to. */
public enum ReviewDecision {
    APPROVE(OrderStatus.APPROVED),
    REJECT(OrderStatus.REJECTED),
    REQUEST_CHANGES(OrderStatus.CHANGES_REQUESTED);

    private final OrderStatus leadsTo;

    ReviewDecision(OrderStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public OrderStatus leadsTo() {
        return leadsTo;
    }
}
