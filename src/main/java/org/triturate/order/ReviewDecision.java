package org.triturate.order;

/** A pharmacist's decision on a SUBMITTED order, and the action it takes. */
public enum ReviewDecision {
    APPROVE(OrderAction.APPROVE),
    REJECT(OrderAction.REJECT),
    REQUEST_CHANGES(OrderAction.REQUEST_CHANGES);

    private final OrderAction action;

    ReviewDecision(OrderAction action) {
        this.action = action;
    }

    public OrderAction action() {
        return action;
    }
}
