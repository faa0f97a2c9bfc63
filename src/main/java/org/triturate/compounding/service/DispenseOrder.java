package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.rule.DispensingFacts;
import org.triturate.compounding.rule.DispensingRules;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.security.Caller;

/**
 * Dispensing a released preparation to the patient, through its beyond-use date and while the prescription may be
 * filled: VERIFIED → DISPENSED.
 */
@ApplicationScoped
@Transactional
public class DispenseOrder {

    private final OrderLifecycle lifecycle;
    private final Clock clock;

    DispenseOrder(OrderLifecycle lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The DISPENSED order; its collections are loaded for mapping. */
    public CompoundingOrder dispense(long orderId, String ifMatch, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        OrderLifecycle.requireAllowed(order, OrderAction.DISPENSE);
        DispensingRules.ALL
                .check(new DispensingFacts(
                        LocalDate.now(clock), order.preparationLot, order.beyondUseDate, order.expiresOn))
                .requirePassed();
        CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
        record.dispensedBy = caller.username();
        record.dispensedAt = clock.instant();
        lifecycle.move(order, OrderAction.DISPENSE, caller.username(), null);
        return order.initialized();
    }
}
