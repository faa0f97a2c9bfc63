package org.triturate.order.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.common.persistence.TransactionConflict;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.Submission;
import org.triturate.security.Caller;

/**
 * Order intake: every intake rule runs and the order is recorded as SUBMITTED, or refused with every blocking
 * finding. With an idempotency key (scoped to the calling user) a repeat creates nothing and gets the order first
 * created (see {@link IdempotencyRecords}). Deliberately not transactional as a whole: when a concurrent request
 * wins the race for a key, the losing intake's transaction has rolled back and the winner's order is read in a
 * new one.
 */
@ApplicationScoped
public class SubmitOrder {

    private static final String IDEMPOTENCY_CONSTRAINT = "uq_compounding_order_idempotency";

    private final OrderIntake intake;
    private final OrderLifecycle lifecycle;
    private final IdempotencyRecords idempotency;
    private final Clock clock;

    SubmitOrder(OrderIntake intake, OrderLifecycle lifecycle, IdempotencyRecords idempotency, Clock clock) {
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The outcome of a submission: a new order (created) or the one an earlier request with the same key created. */
    public record Submitted(CompoundingOrder order, boolean created) {}

    /**
     * Submits the order; {@code idempotencyKey} (null: none) comes with {@code requestHash}, which tells a repeat
     * of the request that used the key first from another request reusing it.
     */
    public Submitted submit(Submission submission, String idempotencyKey, String requestHash, Caller caller) {
        if (idempotencyKey == null) {
            return new Submitted(intake(submission, caller, null, null), true);
        }
        IdempotencyRecords.requireValidKey(idempotencyKey);
        var earlier = idempotency.earlier(caller.userId(), idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), false);
        }
        try {
            return new Submitted(intake(submission, caller, idempotencyKey, requestHash), true);
        } catch (IdempotencyKeyTaken raced) {
            return new Submitted(
                    idempotency
                            .earlier(caller.userId(), idempotencyKey, requestHash)
                            .orElseThrow(),
                    false);
        }
    }

    private CompoundingOrder intake(Submission submission, Caller caller, String idempotencyKey, String requestHash) {
        return TransactionConflict.retried(() ->
                QuarkusTransaction.requiringNew().call(() -> record(submission, caller, idempotencyKey, requestHash)));
    }

    private CompoundingOrder record(Submission submission, Caller caller, String idempotencyKey, String requestHash) {
        LocalDate today = LocalDate.now(clock);
        OrderIntake.requireWellFormed(submission, caller, today);
        Long prescriberId = caller.isPrescriber() ? caller.prescriberId() : submission.prescriberId();
        OrderIntake.Accepted accepted =
                intake.check(submission.patientId(), prescriberId, submission.content(), caller, today);
        CompoundingOrder order =
                intake.newOrder(submission.patientId(), prescriberId, submission.receivedVia(), accepted, caller);
        order.idempotencyKey = idempotencyKey;
        order.requestHash = requestHash;
        try {
            lifecycle.move(order, OrderAction.SUBMIT, caller.username(), null);
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(IDEMPOTENCY_CONSTRAINT)) {
                throw new IdempotencyKeyTaken();
            }
            throw e;
        }
        return order.initialized();
    }

    /** Another request recorded this idempotency key first; its order is what the caller gets. */
    private static class IdempotencyKeyTaken extends RuntimeException {
        IdempotencyKeyTaken() {
            super("idempotency key already recorded", null, false, false);
        }
    }
}
