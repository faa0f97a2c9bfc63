package org.triturate.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
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
     * optional note and, for the actions that accept the order, the order as the API shows it after the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(CompoundingOrder order, OrderAction action, String actor, String note) {
        requireAllowed(order, action);
        OrderStatus from = order.status;
        order.status = action.to();
        order.persistAndFlush();
        Map<String, Object> details = new HashMap<>();
        details.put("fromStatus", from);
        details.put("toStatus", action.to());
        details.put("note", note);
        if (action.keepsOrder()) {
            details.put("order", OrderView.of(order));
        }
        audit.record(actor, action.auditAction(), ENTITY_TYPE, order.id, details);
    }
}
