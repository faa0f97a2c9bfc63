package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderCheck;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderTransitions;
import org.triturate.order.ReviewDecision;
import org.triturate.order.check.ApprovalRules;
import org.triturate.order.check.CheckReport;
import org.triturate.order.rest.OrderView;
import org.triturate.order.rest.ReviewRequest;
import org.triturate.security.Caller;

/**
 * A pharmacist's review of a SUBMITTED order (../shared/api.md §5): APPROVE with a master formulation version,
 * after every order check has run again and the formulation fits; REJECT; or REQUEST_CHANGES, after which the
 * order's PUT resubmits it. Two pharmacists deciding at the same moment: one wins, the other gets 412.
 */
@ApplicationScoped
@Transactional
public class OrderReview {

    private final ApprovalRules rules = new ApprovalRules();
    private final OrderFactsReader factsReader;
    private final AuditLog audit;
    private final Clock clock;

    OrderReview(OrderFactsReader factsReader, AuditLog audit, Clock clock) {
        this.factsReader = factsReader;
        this.audit = audit;
        this.clock = clock;
    }

    public OrderView review(long id, String ifMatch, ReviewRequest request, Caller caller) {
        requireFieldsOfTheDecision(request);
        CompoundingOrder order = OrderService.find(id, null);
        EntityVersion.require(ifMatch, order.version);
        order.requireStatus(Set.of(OrderStatus.SUBMITTED), "reviewed");
        String note = request.decision() == ReviewDecision.APPROVE ? request.note() : request.reason();
        if (request.decision() == ReviewDecision.APPROVE) {
            approve(order, request.formulationId());
        }
        OrderStatus from = order.status;
        order.status = request.decision().leadsTo();
        order.reviewDecision = request.decision();
        order.reviewedBy = caller.username();
        order.reviewedAt = clock.instant();
        order.reviewNote = note == null || note.isBlank() ? null : note.trim();
        // Flush here so that a concurrent decision surfaces as an OptimisticLockException inside this method.
        order.persistAndFlush();
        OrderView view = OrderView.of(order);
        audit.record(caller.username(), "ORDER_" + order.status, OrderTransitions.ENTITY_TYPE, order.id,
                OrderTransitions.details(from, order.status, order.reviewNote,
                        request.decision() == ReviewDecision.APPROVE ? view : null));
        return view;
    }

    /** Every order check again, today, plus the formulation rules; the passes and warnings replace the order's. */
    private void approve(CompoundingOrder order, long formulationId) {
        CheckReport report = rules.evaluate(factsReader.readStored(order, LocalDate.now(clock)),
                factsReader.readFormulation(formulationId));
        if (!report.passed()) {
            throw new ApiException(report.violations());
        }
        order.formulationId = formulationId;
        order.checks.clear();
        report.passesAndWarnings().stream().map(OrderCheck::of).forEach(order.checks::add);
    }

    /** APPROVE names a formulation and may carry a note; REJECT and REQUEST_CHANGES give a reason, nothing else. */
    private static void requireFieldsOfTheDecision(ReviewRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.decision() == ReviewDecision.APPROVE) {
            if (request.formulationId() == null) {
                violations.add(invalid("formulationId", "An approval names the master formulation version to use"));
            }
            if (request.reason() != null) {
                violations.add(invalid("reason", "An approval has a note, not a reason"));
            }
        } else {
            if (request.reason() == null || request.reason().isBlank()) {
                violations.add(invalid("reason", "A " + request.decision() + " gives the prescriber a reason"));
            }
            if (request.formulationId() != null) {
                violations.add(invalid("formulationId", "Only an approval names a formulation"));
            }
            if (request.note() != null) {
                violations.add(invalid("note", "A " + request.decision() + " has a reason, not a note"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    private static Violation invalid(String field, String message) {
        return Violation.ofField(ErrorCode.INVALID_FIELD, field, message);
    }
}
