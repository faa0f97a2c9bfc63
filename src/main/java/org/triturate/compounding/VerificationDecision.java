package org.triturate.compounding;

import org.triturate.order.OrderAction;

/**
 * A pharmacist's verdict on a preparation: RELEASE it for dispensing, or REJECT it, which discards it and sends the
 * order back to be compounded again.
 */
public enum VerificationDecision {
    RELEASE(OrderAction.RELEASE, CompoundingRecord.Verification.RELEASED),
    REJECT(OrderAction.REJECT_PREPARATION, CompoundingRecord.Verification.REJECTED);

    private final OrderAction action;
    private final CompoundingRecord.Verification verification;

    VerificationDecision(OrderAction action, CompoundingRecord.Verification verification) {
        this.action = action;
        this.verification = verification;
    }

    /** What the decision does to the order. */
    public OrderAction action() {
        return action;
    }

    /** What the compounding record keeps of the decision. */
    public CompoundingRecord.Verification verification() {
        return verification;
    }
}
