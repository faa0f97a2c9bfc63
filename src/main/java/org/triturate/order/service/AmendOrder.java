package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.Violation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.Submission;
import org.triturate.security.Caller;

/**
 * The prescriber's (or a transcribing pharmacist's) changed order, in CHANGES_REQUESTED: every intake rule runs
 * again and the order returns to SUBMITTED. The patient and the prescriber of an order do not change.
 */
@ApplicationScoped
@Transactional
public class AmendOrder {

    private final OrderIntake intake;
    private final OrderLifecycle lifecycle;
    private final Clock clock;

    AmendOrder(OrderIntake intake, OrderLifecycle lifecycle, Clock clock) {
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** A PRESCRIBER caller changes only its own orders; {@code ifMatch} names the version the caller read. */
    public CompoundingOrder amend(long id, String ifMatch, Submission submission, Caller caller) {
        CompoundingOrder order = CompoundingOrder.requireVisible(id, caller.prescriberId());
        EntityVersion.require(ifMatch, order.version);
        OrderLifecycle.requireAllowed(order, OrderAction.AMEND);
        LocalDate today = LocalDate.now(clock);
        OrderIntake.requireWellFormed(submission, caller, today);
        requireSameParties(submission, order);
        OrderIntake.Accepted accepted =
                intake.check(submission.patientId(), order.prescriberId, submission.content(), caller, today);
        if (submission.receivedVia() != null) {
            order.receivedVia = submission.receivedVia();
        }
        accepted.copyTo(order);
        lifecycle.move(order, OrderAction.AMEND, caller.username(), null);
        return order.initialized();
    }

    private static void requireSameParties(Submission submission, CompoundingOrder order) {
        List<Violation> violations = new ArrayList<>();
        if (submission.patientId() == null || submission.patientId() != order.patientId) {
            violations.add(Violation.invalidField(
                    "patientId",
                    "A changed order is for the same patient (" + order.patientId + "); submit a new order instead"));
        }
        if (submission.prescriberId() != null && submission.prescriberId() != order.prescriberId) {
            violations.add(Violation.invalidField(
                    "prescriberId", "A changed order keeps its prescriber (" + order.prescriberId + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }
}
