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
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.RulesBroken;
import org.triturate.common.rule.Verdict;
import org.triturate.common.text.FreeText;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.Review;
import org.triturate.order.ReviewDecision;
import org.triturate.order.rule.ApprovalFacts;
import org.triturate.order.rule.ApprovalRules;
import org.triturate.security.Caller;

/**
 * A pharmacist's review of a SUBMITTED order: APPROVE with a master formulation version, after every intake rule
 * has run again and the formulation fits; REJECT; or REQUEST_CHANGES, after which the order's PUT resubmits it.
 * Two pharmacists deciding at the same moment: one wins, the other gets 412. A refill is not sent back for changes.
 */
@ApplicationScoped
@Transactional
public class ReviewOrder {

    private final OrderFactsReader factsReader;
    private final OrderLifecycle lifecycle;
    private final Clock clock;

    ReviewOrder(OrderFactsReader factsReader, OrderLifecycle lifecycle, Clock clock) {
        this.factsReader = factsReader;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** {@code ifMatch} names the version the pharmacist read. */
    public CompoundingOrder review(long id, String ifMatch, Review review, Caller caller) {
        requireFieldsOfTheDecision(review);
        CompoundingOrder order = CompoundingOrder.require(id);
        EntityVersion.require(ifMatch, order.version);
        OrderAction action = review.decision().action();
        OrderLifecycle.requireAllowed(order, action);
        if (action == OrderAction.REQUEST_CHANGES) {
            requireChangeable(order);
        }
        boolean approval = review.decision() == ReviewDecision.APPROVE;
        if (approval) {
            approve(order, review.formulationId());
        }
        String note = approval ? review.note() : review.reason();
        order.reviewDecision = review.decision();
        order.reviewedBy = caller.username();
        order.reviewedAt = clock.instant();
        order.reviewNote = FreeText.trimmedOrNull(note);
        lifecycle.move(order, action, caller.username(), order.reviewNote);
        return order.initialized();
    }

    /**
     * 409 for an order that is part of something larger: a changed fill would be a new prescription under the old
     * one's refills and dates, a changed regimen step would escape the schedule rules its regimen passed.
     */
    private static void requireChangeable(CompoundingOrder order) {
        if (order.refillOf != null) {
            throw new RulesBroken(Finding.block(
                    RuleCode.INVALID_TRANSITION,
                    "decision",
                    "A refill is the prescription as written and cannot be changed: REJECT it (its refill goes back "
                            + "to the original) and ask the prescriber for a new order"));
        }
        if (order.regimenId != null) {
            throw new RulesBroken(Finding.block(
                    RuleCode.INVALID_TRANSITION,
                    "decision",
                    "Step " + order.stepIndex + " of a regimen cannot be changed on its own: REJECT it, or ask the "
                            + "prescriber to cancel the regimen and prescribe a new one"));
        }
    }

    /** Every intake rule again, today, plus the formulation rules; the passes and warnings replace the order's. */
    private void approve(CompoundingOrder order, long formulationId) {
        Verdict verdict = ApprovalRules.check(new ApprovalFacts(
                        factsReader.readStored(order, LocalDate.now(clock)),
                        factsReader.readFormulation(formulationId)))
                .requirePassed();
        order.formulationId = formulationId;
        order.replaceChecks(verdict);
    }

    /** APPROVE names a formulation and may carry a note; REJECT and REQUEST_CHANGES give a reason, nothing else. */
    private static void requireFieldsOfTheDecision(Review review) {
        List<Violation> violations = new ArrayList<>();
        if (review.decision() == ReviewDecision.APPROVE) {
            if (review.formulationId() == null) {
                violations.add(Violation.invalidField(
                        "formulationId", "An approval names the master formulation version to use"));
            }
            if (review.reason() != null) {
                violations.add(Violation.invalidField("reason", "An approval has a note, not a reason"));
            }
        } else {
            if (review.reason() == null || review.reason().isBlank()) {
                violations.add(
                        Violation.invalidField("reason", "A " + review.decision() + " gives the prescriber a reason"));
            }
            if (review.formulationId() != null) {
                violations.add(Violation.invalidField("formulationId", "Only an approval names a formulation"));
            }
            if (review.note() != null) {
                violations.add(Violation.invalidField("note", "A " + review.decision() + " has a reason, not a note"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }
}
