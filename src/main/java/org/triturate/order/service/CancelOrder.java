package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.security.Caller;

/** Cancels an order that is SUBMITTED, CHANGES_REQUESTED or APPROVED, with the reason in its history. */
@ApplicationScoped
@Transactional
public class CancelOrder {

    private final OrderLifecycle lifecycle;

    CancelOrder(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** A PRESCRIBER caller cancels only its own orders; {@code ifMatch} names the version the caller read. */
    public CompoundingOrder cancel(long id, String ifMatch, String reason, Caller caller) {
        CompoundingOrder order = CompoundingOrder.requireVisible(id, caller.prescriberId());
        EntityVersion.require(ifMatch, order.version);
        lifecycle.move(order, OrderAction.CANCEL, caller.username(), reason.trim());
        return order.initialized();
    }
}
