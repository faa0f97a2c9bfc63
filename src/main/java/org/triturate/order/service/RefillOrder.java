package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.rule.RulesBroken;
import org.triturate.common.rule.Verdict;
import org.triturate.common.text.FreeText;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.DispensingDates;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderContent;
import org.triturate.order.OrderInStatus;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.OrderStatus;
import org.triturate.order.rule.OrderFacts;
import org.triturate.order.rule.RefillFacts;
import org.triturate.order.rule.RefillRules;
import org.triturate.security.Caller;

/**
 * A pharmacist refills a dispensed prescription: a new order of the same content, SUBMITTED, numbered as the
 * prescription's next fill, after every intake rule has run again on the original today and the refill rules
 * passed. The original of the chain holds the count of refills remaining; the order named may be the original or
 * any of its fills and must have been dispensed; the previous fill (the latest one not cancelled or rejected) is
 * what the too-soon rule measures from, and one not dispensed yet makes any refill too soon. Two
 * pharmacists refilling at the same moment: the original's version lets one through, the other gets 412.
 */
@ApplicationScoped
@Transactional
public class RefillOrder {

    private static final OrderInStatus REFILLABLE = new OrderInStatus(EnumSet.of(OrderStatus.DISPENSED), "refilled");

    private final OrderFactsReader factsReader;
    private final OrderIntake intake;
    private final OrderLifecycle lifecycle;
    private final DispensingDates dispensing;
    private final Clock clock;

    RefillOrder(
            OrderFactsReader factsReader,
            OrderIntake intake,
            OrderLifecycle lifecycle,
            DispensingDates dispensing,
            Clock clock) {
        this.factsReader = factsReader;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.dispensing = dispensing;
        this.clock = clock;
    }

    /**
     * The new fill; {@code ifMatch} names the version of the order {@code id} the pharmacist read, and
     * {@code earlyRefillReason} (null: none) lets a refill through before 75 % of the previous supply is used.
     */
    public CompoundingOrder refill(long id, String ifMatch, String earlyRefillReason, Caller caller) {
        CompoundingOrder named = CompoundingOrder.require(id);
        EntityVersion.require(ifMatch, named.version);
        requireDispensed(named);
        CompoundingOrder original = named.refillOf == null ? named : CompoundingOrder.require(named.refillOf);
        // Still being prepared, the previous fill has no dispensing date: the refill is too soon unless a reason
        // is given (REFILL_TOO_SOON), as the contract asks of any DISPENSED order with refills remaining.
        CompoundingOrder previous = previousFill(original);
        String reason = FreeText.trimmedOrNull(earlyRefillReason);
        OrderFacts facts = factsReader.readStored(original, LocalDate.now(clock));
        Verdict verdict = RefillRules.check(new RefillFacts(
                        facts,
                        original.refillsRemaining,
                        previous.fillNumber,
                        dispensing.dispensedOn(previous).orElse(null),
                        previous.daysSupply,
                        reason))
                .requirePassed();

        // Counted on the original first, flushed with its version: of two concurrent refills one updates it, the
        // other finds the version moved (412) before it has numbered a fill.
        original.refillsRemaining--;
        original.lastFillNumber++;
        CompoundingOrder.flush();

        CompoundingOrder fill = intake.newOrder(
                original.patientId,
                original.prescriberId,
                original.receivedVia,
                new OrderIntake.Accepted(OrderContent.of(original), facts, verdict),
                caller);
        fill.refillOf = original.id;
        fill.fillNumber = original.lastFillNumber;
        fill.refillsRemaining = original.refillsRemaining;
        String early = reason == null ? "" : "; early refill: " + reason;
        lifecycle.move(
                fill,
                OrderAction.SUBMIT,
                caller.username(),
                "Fill " + fill.fillNumber + " of order " + original.number + early);
        lifecycle.record(
                original,
                OrderLifecycle.REFILL_ISSUED,
                caller.username(),
                "Fill " + fill.fillNumber + " issued as order " + fill.number + " (id " + fill.id + "); "
                        + original.refillsRemaining + " refills remaining" + early);
        return fill.initialized();
    }

    /** The latest fill of the prescription that was not cancelled or rejected: the original when there is none. */
    private static CompoundingOrder previousFill(CompoundingOrder original) {
        if (!original.hasFills()) {
            return original;
        }
        return CompoundingOrder.<CompoundingOrder>find(
                        "refillOf = ?1 and status not in ?2 order by fillNumber desc",
                        original.id,
                        EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED))
                .firstResultOptional()
                .orElse(original);
    }

    /** 409 INVALID_TRANSITION unless the order named was dispensed: only a dispensed fill is refilled. */
    private static void requireDispensed(CompoundingOrder named) {
        if (named.status != OrderStatus.DISPENSED) {
            throw new RulesBroken(REFILLABLE.check(named.status));
        }
    }
}
