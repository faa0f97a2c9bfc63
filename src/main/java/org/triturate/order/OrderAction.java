package org.triturate.order;

import static org.triturate.order.OrderStatus.APPROVED;
import static org.triturate.order.OrderStatus.CANCELLED;
import static org.triturate.order.OrderStatus.CHANGES_REQUESTED;
import static org.triturate.order.OrderStatus.COMPOUNDED;
import static org.triturate.order.OrderStatus.DISPENSED;
import static org.triturate.order.OrderStatus.REJECTED;
import static org.triturate.order.OrderStatus.SUBMITTED;
import static org.triturate.order.OrderStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order's state machine, as one table: every action, the statuses it may start from, the status it leads to,
 * the action the audit trail records, and whether the audit entry keeps a copy of the order (the actions that
 * accept what the order asks for). REJECTED, CANCELLED and DISPENSED are final: no action starts there.
 */
public enum OrderAction {
    /** A new order passed the intake rules. */
    SUBMIT(EnumSet.noneOf(OrderStatus.class), SUBMITTED, "ORDER_SUBMITTED", "submitted", true),
    /** The prescriber's changed order (PUT) passed the intake rules again. */
    AMEND(EnumSet.of(CHANGES_REQUESTED), SUBMITTED, "ORDER_RESUBMITTED", "changed", true),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, "ORDER_APPROVED", "reviewed", true),
    REJECT(EnumSet.of(SUBMITTED), REJECTED, "ORDER_REJECTED", "reviewed", false),
    REQUEST_CHANGES(EnumSet.of(SUBMITTED), CHANGES_REQUESTED, "ORDER_CHANGES_REQUESTED", "reviewed", false),
    CANCEL(EnumSet.of(SUBMITTED, CHANGES_REQUESTED, APPROVED), CANCELLED, "ORDER_CANCELLED", "cancelled", false),
    COMPOUND(EnumSet.of(APPROVED), COMPOUNDED, "ORDER_COMPOUNDED", "compounded", false),
    RELEASE(EnumSet.of(COMPOUNDED), VERIFIED, "ORDER_VERIFIED", "released", false),
    /** Verification discards the preparation (also a verified one, e.g. past its beyond-use date). */
    REJECT_PREPARATION(EnumSet.of(COMPOUNDED, VERIFIED), APPROVED, "ORDER_PREPARATION_REJECTED", "rejected", false),
    DISPENSE(EnumSet.of(VERIFIED), DISPENSED, "ORDER_DISPENSED", "dispensed", false);

    private final Set<OrderStatus> from;
    private final OrderStatus to;
    private final String auditAction;
    private final String verb;
    private final boolean keepsOrder;

    OrderAction(Set<OrderStatus> from, OrderStatus to, String auditAction, String verb, boolean keepsOrder) {
        this.from = from;
        this.to = to;
        this.auditAction = auditAction;
        this.verb = verb;
        this.keepsOrder = keepsOrder;
    }

    /** Whether an order in {@code status} (null: not yet recorded) may take this action. */
    public boolean allowedFrom(OrderStatus status) {
        return status == null ? from.isEmpty() : from.contains(status);
    }

    public Set<OrderStatus> from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String auditAction() {
        return auditAction;
    }

    /** The past participle the refusal uses: "An order DISPENSED cannot be cancelled". */
    public String verb() {
        return verb;
    }

    /** Whether the audit entry keeps the order as accepted, so that the trail shows what was accepted. */
    public boolean keepsOrder() {
        return keepsOrder;
    }
}
