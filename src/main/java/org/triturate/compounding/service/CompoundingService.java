package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.Supplier;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.persistence.Sequences;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.compounding.BeyondUseDate;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.UsedLot;
import org.triturate.compounding.WorksheetCalculator.Component;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.rest.CompoundingRecordRequest;
import org.triturate.compounding.rest.CompoundingRecordRequest.ComponentRequest;
import org.triturate.compounding.rest.VerificationRequest;
import org.triturate.compounding.rule.CompoundingFacts;
import org.triturate.compounding.rule.CompoundingFacts.FormulationLine;
import org.triturate.compounding.rule.CompoundingFacts.SupplierFacts;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;
import org.triturate.compounding.rule.CompoundingFacts.WorksheetWeight;
import org.triturate.compounding.rule.CompoundingRules;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderTransitions;
import org.triturate.order.rest.OrderView;
import org.triturate.security.Caller;

/**
 * The pharmacy's side of an approved order (../shared/api.md §5): the compounding record with lot traceability and
 * beyond-use date, the independent verification, and dispensing. Each step checks If-Match and writes its audit
 * entry in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CompoundingService {

    private final CompoundingRules rules = new CompoundingRules();
    private final WorksheetService worksheets;
    private final AuditLog audit;
    private final Clock clock;

    CompoundingService(WorksheetService worksheets, AuditLog audit, Clock clock) {
        this.worksheets = worksheets;
        this.audit = audit;
        this.clock = clock;
    }

    /** APPROVED → COMPOUNDED, with a new preparation lot and its beyond-use date. */
    public OrderView record(long orderId, String ifMatch, CompoundingRecordRequest request, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        order.requireStatus(Set.of(OrderStatus.APPROVED), "compounded");
        MasterFormulation formulation = MasterFormulation.findById(order.formulationId);
        List<Component> components = WorksheetService.components(formulation);
        Worksheet worksheet = worksheets.calculate(order, formulation, components);
        List<Violation> violations = new ArrayList<>(unknownIngredients(request, components));
        if (!request.batchYield().unit().convertsTo(order.dosageForm.amountUnit())) {
            violations.add(Violation.ofField(ErrorCode.INVALID_STRENGTH_UNIT, "yield.unit",
                    "A yield of " + order.dosageForm + " is counted in " + order.dosageForm.amountUnit()));
        }
        violations.addAll(rules.check(facts(request, components, worksheet)));
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
        CompoundingRecord record = new CompoundingRecord();
        record.orderId = order.id;
        record.formulationId = formulation.id;
        record.preparationLot = String.format("PL-%d-%06d", request.compoundedOn().getYear(),
                Sequences.next("preparation_lot_seq"));
        record.compoundedOn = request.compoundedOn();
        record.beyondUseDate = BeyondUseDate.of(request.compoundedOn(), formulation.budDays,
                request.components().stream().map(ComponentRequest::expiresOn).toList());
        record.compoundedBy = caller.username();
        record.compoundedByUserId = caller.userId();
        record.yield(request.batchYield());
        record.qualityControl = request.qualityControl() == null ? List.of() : List.copyOf(request.qualityControl());
        record.deviationNote = blankToNull(request.deviationNote());
        record.recordedAt = clock.instant();
        request.components().forEach(component -> record.components.add(UsedLot.of(component.ingredientId(),
                component.supplierId(), component.lotNumber().trim(), component.expiresOn(),
                component.quantityUsed())));
        record.persist();
        order.compoundingRecordId = record.id;
        order.preparationLot = record.preparationLot;
        order.compoundedOn = record.compoundedOn;
        order.beyondUseDate = record.beyondUseDate;
        order.compoundedBy = record.compoundedBy;
        order.compoundedByUserId = record.compoundedByUserId;
        return transition(order, OrderStatus.COMPOUNDED, "ORDER_COMPOUNDED", record.deviationNote, caller);
    }

    /**
     * RELEASE: COMPOUNDED → VERIFIED. REJECT (from COMPOUNDED, or VERIFIED to discard a preparation, e.g. one past its
     * beyond-use date): back to APPROVED, to be compounded again. Never by the one who compounded it (403).
     */
    public OrderView verify(long orderId, String ifMatch, VerificationRequest request, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        boolean release = request.decision() == VerificationRequest.Decision.RELEASE;
        order.requireStatus(release ? Set.of(OrderStatus.COMPOUNDED)
                : Set.of(OrderStatus.COMPOUNDED, OrderStatus.VERIFIED), release ? "released" : "rejected");
        if (order.compoundedByUserId == caller.userId()) {
            throw new ApiException(ErrorCode.SELF_VERIFICATION,
                    "The pharmacist who recorded the compounding cannot verify it; another pharmacist must");
        }
        if (!release && (request.note() == null || request.note().isBlank())) {
            throw ApiException.invalidField("note", "A rejected preparation is discarded: say why");
        }
        CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
        record.verification = release ? CompoundingRecord.Verification.RELEASED
                : CompoundingRecord.Verification.REJECTED;
        record.verifiedBy = caller.username();
        record.verifiedAt = clock.instant();
        record.verificationNote = blankToNull(request.note());
        if (release) {
            return transition(order, OrderStatus.VERIFIED, "ORDER_VERIFIED", record.verificationNote, caller);
        }
        order.discardPreparation();
        return transition(order, OrderStatus.APPROVED, "ORDER_PREPARATION_REJECTED",
                record.preparationLot + " discarded: " + record.verificationNote, caller);
    }

    /** VERIFIED → DISPENSED, only through the beyond-use date (422 BUD_PASSED after it). */
    public OrderView dispense(long orderId, String ifMatch, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        order.requireStatus(Set.of(OrderStatus.VERIFIED), "dispensed");
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(order.beyondUseDate)) {
            throw new ApiException(ErrorCode.BUD_PASSED, "Preparation " + order.preparationLot
                    + " was usable through " + order.beyondUseDate + "; reject it at verification and compound again");
        }
        CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
        record.dispensedBy = caller.username();
        record.dispensedAt = clock.instant();
        return transition(order, OrderStatus.DISPENSED, "ORDER_DISPENSED", null, caller);
    }

    private OrderView transition(CompoundingOrder order, OrderStatus to, String action, String note, Caller caller) {
        OrderStatus from = order.status;
        order.status = to;
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        order.persistAndFlush();
        OrderView view = OrderView.of(order);
        audit.record(caller.username(), action, OrderTransitions.ENTITY_TYPE, order.id,
                OrderTransitions.details(from, to, note, null));
        return view;
    }

    /** A component naming an ingredient the formulation does not have is not part of this preparation. */
    private static List<Violation> unknownIngredients(CompoundingRecordRequest request, List<Component> components) {
        Set<Long> formulated = components.stream().map(Component::ingredientId).collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.components().size(); i++) {
            if (!formulated.contains(request.components().get(i).ingredientId())) {
                violations.add(Violation.ofField(ErrorCode.FORMULATION_MISMATCH,
                        "components[" + i + "].ingredientId", "Not an ingredient of the approved formulation"));
            }
        }
        return violations;
    }

    private CompoundingFacts facts(CompoundingRecordRequest request, List<Component> components,
                                   Worksheet worksheet) {
        List<Long> supplierIds = request.components().stream().map(ComponentRequest::supplierId).distinct().toList();
        Map<Long, Supplier> suppliers = Supplier.<Supplier>list("id in ?1", supplierIds).stream()
                .collect(Collectors.toMap(supplier -> supplier.id, Function.identity()));
        List<UsedComponent> used = new ArrayList<>();
        for (int i = 0; i < request.components().size(); i++) {
            ComponentRequest component = request.components().get(i);
            Supplier supplier = suppliers.get(component.supplierId());
            used.add(new UsedComponent(i, component.ingredientId(), supplier == null ? null
                    : new SupplierFacts(supplier.name, supplier.status, supplier.fdaRegistered),
                    component.lotNumber(), component.expiresOn(), component.quantityUsed()));
        }
        List<WorksheetWeight> weights = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            if (component.active()) {
                weights.add(new WorksheetWeight(component.ingredientId(), component.name(),
                        worksheet.lines().get(i).quantity()));
            }
        }
        return new CompoundingFacts(LocalDate.now(clock), request.compoundedOn(), used,
                components.stream().map(c -> new FormulationLine(c.ingredientId(), c.name(), c.active())).toList(),
                weights, request.deviationNote());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
