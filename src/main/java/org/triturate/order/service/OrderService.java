package org.triturate.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditEvent;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.persistence.Sequences;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderActive;
import org.triturate.order.OrderCheck;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderTransitions;
import org.triturate.order.ReceivedVia;
import org.triturate.order.check.CheckReport;
import org.triturate.order.check.DailyDose;
import org.triturate.order.check.OrderFacts;
import org.triturate.order.check.OrderFacts.OrderedActive;
import org.triturate.order.check.OrderRules;
import org.triturate.order.rest.HistoryEntry;
import org.triturate.order.rest.OrderRequest;
import org.triturate.order.rest.OrderView;
import org.triturate.security.Caller;

/**
 * Compounding orders: intake with every check, reading, cancelling and history. A PRESCRIBER caller sees only its
 * own orders; any other is "not found" to it. Views are built inside the transaction, while the order's
 * collections can still be read.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    static final String ENTITY_TYPE = OrderTransitions.ENTITY_TYPE;
    private static final String IDEMPOTENCY_CONSTRAINT = "uq_compounding_order_idempotency";
    /** A reassessment 90 days after issue, unless the prescriber says otherwise. */
    private static final int DEFAULT_REASSESS_DAYS = 90;

    private final OrderFactsReader factsReader;
    private final OrderRules rules = new OrderRules();
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    OrderService(OrderFactsReader factsReader, AuditLog audit, ObjectMapper json, Clock clock) {
        this.factsReader = factsReader;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs every check and records the order as SUBMITTED; 422 with every failed rule otherwise. With an
     * idempotency key, a concurrent request that recorded the same key first makes this one fail with
     * {@link IdempotencyKeyTaken} (the database's unique constraint decides).
     */
    public OrderView submit(OrderRequest request, Caller caller, String idempotencyKey, String requestHash) {
        LocalDate today = LocalDate.now(clock);
        requireWellFormed(request, caller, today);
        Long prescriberId = caller.isPrescriber() ? caller.prescriberId() : request.prescriberId();
        OrderFacts facts = factsReader.read(request, prescriberId, caller.prescriberId(), today);
        CheckReport report = rules.evaluate(facts);
        if (!report.passed()) {
            throw new ApiException(report.violations());
        }
        CompoundingOrder order = new CompoundingOrder();
        order.number = nextNumber(today);
        order.status = OrderStatus.SUBMITTED;
        order.patientId = request.patientId();
        order.prescriberId = prescriberId;
        order.receivedVia = request.receivedVia() == null ? ReceivedVia.ELECTRONIC : request.receivedVia();
        order.issuedOn = today;
        order.createdByUserId = caller.userId();
        order.createdAt = clock.instant();
        order.idempotencyKey = idempotencyKey;
        order.requestHash = requestHash;
        apply(request, facts, report, order);
        try {
            order.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(IDEMPOTENCY_CONSTRAINT)) {
                throw new IdempotencyKeyTaken();
            }
            throw e;
        }
        OrderView view = OrderView.of(order);
        audit.record(caller.username(), "ORDER_SUBMITTED", ENTITY_TYPE, order.id,
                OrderTransitions.details(null, OrderStatus.SUBMITTED, null, view));
        return view;
    }

    /** The order this user created with this idempotency key, with the hash of the request that created it. */
    public Optional<Replay> findByIdempotencyKey(long userId, String idempotencyKey) {
        return CompoundingOrder.<CompoundingOrder>find("createdByUserId = ?1 and idempotencyKey = ?2", userId,
                idempotencyKey).firstResultOptional().map(order -> new Replay(OrderView.of(order), order.requestHash));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView get(long id, Long callerPrescriberId) {
        return OrderView.of(find(id, callerPrescriberId));
    }

    /** Orders matching the filters, newest first; a PRESCRIBER caller lists only its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OrderView> list(OrderStatus status, Long patientId, Long prescriberId,
                                        LocalDate reassessDueBefore, Long callerPrescriberId, PageRequest page) {
        QueryFilter filter = new QueryFilter().and("status = :status", "status", status)
                .and("patientId = :patientId", "patientId", patientId)
                .and("prescriberId = :prescriberId", "prescriberId", prescriberId)
                .and("reassessBy < :reassessDueBefore", "reassessDueBefore", reassessDueBefore)
                .and("prescriberId = :self", "self", callerPrescriberId);
        return Pages.of(CompoundingOrder.find(filter.where(), Sort.descending("id"), filter.parameters()), page,
                OrderView::of);
    }

    /**
     * The prescriber's (or a transcribing pharmacist's) changed order, in CHANGES_REQUESTED: every check runs
     * again and the order returns to SUBMITTED. The patient and the prescriber of an order do not change.
     */
    public OrderView resubmit(long id, String ifMatch, OrderRequest request, Caller caller) {
        CompoundingOrder order = find(id, caller.prescriberId());
        EntityVersion.require(ifMatch, order.version);
        order.requireStatus(Set.of(OrderStatus.CHANGES_REQUESTED), "changed");
        LocalDate today = LocalDate.now(clock);
        requireWellFormed(request, caller, today);
        requireSameParties(request, order);
        OrderFacts facts = factsReader.read(request, order.prescriberId, caller.prescriberId(), today);
        CheckReport report = rules.evaluate(facts);
        if (!report.passed()) {
            throw new ApiException(report.violations());
        }
        if (request.receivedVia() != null) {
            order.receivedVia = request.receivedVia();
        }
        apply(request, facts, report, order);
        order.status = OrderStatus.SUBMITTED;
        order.persistAndFlush();
        OrderView view = OrderView.of(order);
        audit.record(caller.username(), "ORDER_RESUBMITTED", ENTITY_TYPE, order.id,
                OrderTransitions.details(OrderStatus.CHANGES_REQUESTED, OrderStatus.SUBMITTED, null, view));
        return view;
    }

    private static void requireSameParties(OrderRequest request, CompoundingOrder order) {
        List<Violation> violations = new ArrayList<>();
        if (request.patientId() == null || request.patientId() != order.patientId) {
            violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "patientId",
                    "A changed order is for the same patient (" + order.patientId + "); submit a new order instead"));
        }
        if (request.prescriberId() != null && request.prescriberId() != order.prescriberId) {
            violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "prescriberId",
                    "A changed order keeps its prescriber (" + order.prescriberId + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    /** SUBMITTED, CHANGES_REQUESTED or APPROVED → CANCELLED, with the reason in the history. */
    public OrderView cancel(long id, String ifMatch, String reason, Caller caller) {
        CompoundingOrder order = find(id, caller.prescriberId());
        EntityVersion.require(ifMatch, order.version);
        order.requireStatus(OrderStatus.CANCELLABLE, "cancelled");
        OrderStatus from = order.status;
        order.status = OrderStatus.CANCELLED;
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        order.persistAndFlush();
        OrderView view = OrderView.of(order);
        audit.record(caller.username(), "ORDER_CANCELLED", ENTITY_TYPE, order.id,
                OrderTransitions.details(from, OrderStatus.CANCELLED, reason.trim(), null));
        return view;
    }

    /** Every change of the order, oldest first, from the append-only audit trail. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id, Long callerPrescriberId) {
        CompoundingOrder order = find(id, callerPrescriberId);
        List<AuditEvent> events = AuditEvent.list("entityType = ?1 and entityId = ?2", Sort.ascending("id"),
                ENTITY_TYPE, order.id);
        return events.stream().map(this::historyEntry).toList();
    }

    /** The order, as the caller may see it: a PRESCRIBER ({@code callerPrescriberId}) sees only its own. */
    static CompoundingOrder find(long id, Long callerPrescriberId) {
        CompoundingOrder order = CompoundingOrder.require(id);
        if (callerPrescriberId != null && order.prescriberId != callerPrescriberId) {
            throw ApiException.notFound("Order");
        }
        return order;
    }

    /**
     * What the rules cannot judge because the request contradicts itself or the caller's role: 403 for a
     * prescriber ordering in another prescriber's name, 400 for the rest (all reported at once).
     */
    private static void requireWellFormed(OrderRequest request, Caller caller, LocalDate today) {
        if (caller.isPrescriber() && request.prescriberId() != null
                && !request.prescriberId().equals(caller.prescriberId())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "prescriberId",
                    "A prescriber submits orders only in its own name");
        }
        List<Violation> violations = new ArrayList<>();
        if (caller.isPrescriber() && request.receivedVia() != null
                && request.receivedVia() != ReceivedVia.ELECTRONIC) {
            violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "receivedVia",
                    "A prescriber's own submission is ELECTRONIC; other channels are recorded by the pharmacist"));
        }
        if (!caller.isPrescriber() && request.receivedVia() == null) {
            violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "receivedVia",
                    "A transcribed order says how it was received: PHONE, FAX, WRITTEN or ELECTRONIC"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.actives().size(); i++) {
            Long ingredientId = request.actives().get(i).ingredientId();
            if (ingredientId != null && !seen.add(ingredientId)) {
                violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "actives[" + i + "].ingredientId",
                        "An ingredient is listed once per order"));
            }
        }
        if (request.reassessBy() != null && request.reassessBy().isBefore(today)) {
            violations.add(Violation.ofField(ErrorCode.INVALID_FIELD, "reassessBy",
                    "A reassessment date cannot be in the past"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
    }

    /** Copies the accepted request, and what the checks derived from it, onto the order. */
    private static void apply(OrderRequest request, OrderFacts facts, CheckReport report, CompoundingOrder order) {
        order.dosageForm = request.dosageForm();
        order.actives.clear();
        for (OrderedActive active : facts.actives()) {
            Quantity maximum = active.ingredient().maxDailyDose();
            Quantity dailyDose = DailyDose.of(active.strength(), facts.doseAmount(), facts.timesPerDay(),
                    maximum == null ? null : maximum.unit());
            order.actives.add(OrderActive.of(active.ingredientId(), active.strength(), dailyDose));
        }
        order.requestedExclusions = AllergenClass.setOf(facts.requestedExclusions());
        order.excludedAllergens = AllergenClass.setOf(facts.effectiveExclusions());
        order.quantity(request.quantity());
        order.doseAmount(request.dose().amount());
        order.timesPerDay = request.dose().timesPerDay();
        order.directions = request.directions().trim();
        order.daysSupply = request.daysSupply();
        order.refills = request.refillsOrNone();
        order.rationaleCategories = facts.rationaleCategories();
        order.rationaleText = facts.rationaleText().trim();
        order.consentObtained = true;
        order.consentAlternativesDiscussed = true;
        order.consentDate = facts.consent().date();
        boolean controlled = facts.knownActives().stream().anyMatch(active -> active.ingredient().isControlled());
        // A prescription for a scheduled substance is void six months after issue (21 CFR 1306.22).
        order.expiresOn = controlled ? order.issuedOn.plusMonths(6) : order.issuedOn.plusYears(1);
        order.reassessBy = request.reassessBy() != null ? request.reassessBy()
                : order.issuedOn.plusDays(DEFAULT_REASSESS_DAYS);
        order.checks.clear();
        report.passesAndWarnings().stream().map(OrderCheck::of).forEach(order.checks::add);
    }

    /** CO-2026-000042: the issue year and a database sequence, unique across service instances. */
    private static String nextNumber(LocalDate today) {
        return String.format("CO-%d-%06d", today.getYear(), Sequences.next("order_number_seq"));
    }

    private HistoryEntry historyEntry(AuditEvent event) {
        try {
            JsonNode details = json.readTree(event.details);
            return new HistoryEntry(event.occurredAt, event.actor, event.action, status(details, "fromStatus"),
                    status(details, "toStatus"), details.path("note").isTextual() ? details.get("note").asText()
                            : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrderStatus status(JsonNode details, String field) {
        JsonNode value = details.path(field);
        return value.isTextual() ? OrderStatus.valueOf(value.asText()) : null;
    }

    /** The order created with an idempotency key, and the hash of the request that created it. */
    public record Replay(OrderView order, String requestHash) {
    }

    /** Another request recorded this idempotency key first; its order is what the caller gets. */
    public static class IdempotencyKeyTaken extends RuntimeException {
        IdempotencyKeyTaken() {
            super("idempotency key already recorded", null, false, false);
        }
    }
}
