package org.triturate.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.common.rule.RulesBroken;

/**
 * The one place an order changes status: it checks the action against {@link OrderAction}'s table, moves the
 * order, flushes it (bumping its version, so that a concurrent change surfaces here as an optimistic lock
 * failure) and appends the history entry to the audit trail, all in the caller's transaction.
 */
@ApplicationScoped
public class OrderLifecycle {

    /** The audit trail's entity type of orders; {@code GET /orders/{id}/history} reads it back. */
    public static final String ENTITY_TYPE = "ORDER";

    /** The original's history entry for a refill issued from it. */
    public static final String REFILL_ISSUED = "ORDER_REFILL_ISSUED";

    /** The original's history entry for a refill given back by a fill cancelled or rejected before dispensing. */
    public static final String REFILL_RETURNED = "ORDER_REFILL_RETURNED";

    private final AuditLog audit;

    OrderLifecycle(AuditLog audit) {
        this.audit = audit;
    }

    /** Refuses the action (INVALID_TRANSITION) unless the order's status allows it; changes nothing. */
    public static void requireAllowed(CompoundingOrder order, OrderAction action) {
        if (!action.allowedFrom(order.status)) {
            throw new RulesBroken(new OrderInStatus(action.from(), action.verb()).check(order.status));
        }
    }

    /**
     * Takes the action: the order moves to the action's status and the history records who did it, with an
     * optional note and, for the actions that accept the order, the order as the API shows it after the change. A
     * refill that ends without being dispensed (cancelled, rejected) gives its refill back to its original.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(CompoundingOrder order, OrderAction action, String actor, String note) {
        requireAllowed(order, action);
        OrderStatus from = order.status;
        order.status = action.to();
        order.persistAndFlush();
        audit.recordStatusChange(
                actor,
                action.auditAction(),
                ENTITY_TYPE,
                order.id,
                from,
                action.to(),
                note,
                action.keepsOrder() ? Map.of("order", OrderView.of(order)) : Map.of());
        if (order.refillOf != null && (action.to() == OrderStatus.CANCELLED || action.to() == OrderStatus.REJECTED)) {
            returnRefill(order, action, actor);
        }
    }

    /** A history entry of something that happened to the order without changing its status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CompoundingOrder order, String auditAction, String actor, String note) {
        audit.recordStatusChange(actor, auditAction, ENTITY_TYPE, order.id, order.status, order.status, note, Map.of());
    }

    /** The original counts the refill as not issued again; its version moves, so a concurrent refill gets 412. */
    private void returnRefill(CompoundingOrder fill, OrderAction action, String actor) {
        CompoundingOrder original = CompoundingOrder.require(fill.refillOf);
        original.refillsRemaining++;
        record(
                original,
                REFILL_RETURNED,
                actor,
                "Fill " + fill.fillNumber + " (order " + fill.number + ") was " + action.to()
                        + " before dispensing: its refill is available again (" + original.refillsRemaining
                        + " remaining)");
    }
}
