package org.triturate.order.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
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
        IdempotentSubmission.Outcome<CompoundingOrder> outcome = IdempotentSubmission.submit(
                idempotencyKey,
                () -> idempotency.earlier(caller.userId(), idempotencyKey, requestHash),
                () -> intake(submission, caller, idempotencyKey, requestHash));
        return new Submitted(outcome.result(), outcome.created());
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
        IdempotentSubmission.claimingKey(
                IDEMPOTENCY_CONSTRAINT, () -> lifecycle.move(order, OrderAction.SUBMIT, caller.username(), null));
        return order.initialized();
    }
}
