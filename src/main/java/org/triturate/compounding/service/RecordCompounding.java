package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.catalog.Supplier;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.persistence.NumberAllocation;
import org.triturate.compounding.BeyondUseDate;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.CompoundingRecordDraft;
import org.triturate.compounding.CompoundingRecordDraft.ComponentUse;
import org.triturate.compounding.UsedLot;
import org.triturate.compounding.WorksheetCalculator.Component;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.rule.CompoundingFacts;
import org.triturate.compounding.rule.CompoundingFacts.FormulationLine;
import org.triturate.compounding.rule.CompoundingFacts.SupplierFacts;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;
import org.triturate.compounding.rule.CompoundingFacts.WorksheetWeight;
import org.triturate.compounding.rule.CompoundingRecordRules;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.security.Caller;

/**
 * The compounding record of an approved order (docs/order-lifecycle.md): which component lots made the preparation,
 * its yield and quality control, its preparation lot and beyond-use date, and the worksheet it was checked against,
 * kept as it was. APPROVED → COMPOUNDED.
 */
@ApplicationScoped
@Transactional
public class RecordCompounding {

    private final WorksheetQuery worksheets;
    private final OrderLifecycle lifecycle;
    private final Clock clock;

    RecordCompounding(WorksheetQuery worksheets, OrderLifecycle lifecycle, Clock clock) {
        this.worksheets = worksheets;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The order, COMPOUNDED with a new preparation lot; its collections are loaded for mapping. */
    public CompoundingOrder record(long orderId, String ifMatch, CompoundingRecordDraft draft, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        OrderLifecycle.requireAllowed(order, OrderAction.COMPOUND);
        MasterFormulation formulation = MasterFormulation.findById(order.formulationId);
        List<Component> components = WorksheetQuery.components(formulation);
        Worksheet worksheet = worksheets.calculate(order, formulation, components);
        CompoundingRecordRules.ALL
                .check(facts(order, draft, components, worksheet))
                .requirePassed();
        CompoundingRecord record = newRecord(order, formulation, draft, worksheet, caller);
        order.compoundingRecordId = record.id;
        order.preparationLot = record.preparationLot;
        order.compoundedOn = record.compoundedOn;
        order.beyondUseDate = record.beyondUseDate;
        order.compoundedBy = record.compoundedBy;
        order.compoundedByUserId = record.compoundedByUserId;
        lifecycle.move(order, OrderAction.COMPOUND, caller.username(), record.deviationNote);
        return order.initialized();
    }

    private CompoundingRecord newRecord(
            CompoundingOrder order,
            MasterFormulation formulation,
            CompoundingRecordDraft draft,
            Worksheet worksheet,
            Caller caller) {
        CompoundingRecord record = new CompoundingRecord();
        record.orderId = order.id;
        record.formulationId = formulation.id;
        record.preparationLot =
                String.format("PL-%d-%06d", draft.compoundedOn().getYear(), NumberAllocation.PREPARATION_LOT.next());
        record.compoundedOn = draft.compoundedOn();
        record.beyondUseDate = BeyondUseDate.of(
                draft.compoundedOn(),
                formulation.budDays,
                draft.components().stream().map(ComponentUse::expiresOn).toList());
        record.compoundedBy = caller.username();
        record.compoundedByUserId = caller.userId();
        record.batchYield = draft.batchYield();
        record.qualityControl = draft.qualityControl();
        record.worksheet = worksheet;
        record.deviationNote = draft.deviationNote();
        record.recordedAt = clock.instant();
        draft.components()
                .forEach(component -> record.components.add(UsedLot.of(
                        component.ingredientId(),
                        component.supplierId(),
                        component.lotNumber().trim(),
                        component.expiresOn(),
                        component.quantityUsed())));
        record.persist();
        return record;
    }

    private CompoundingFacts facts(
            CompoundingOrder order, CompoundingRecordDraft draft, List<Component> components, Worksheet worksheet) {
        List<Long> supplierIds = draft.components().stream()
                .map(ComponentUse::supplierId)
                .distinct()
                .toList();
        Map<Long, Supplier> suppliers = Supplier.<Supplier>list("id in ?1", supplierIds).stream()
                .collect(Collectors.toMap(supplier -> supplier.id, Function.identity()));
        List<UsedComponent> used = new ArrayList<>();
        for (int i = 0; i < draft.components().size(); i++) {
            ComponentUse component = draft.components().get(i);
            Supplier supplier = suppliers.get(component.supplierId());
            used.add(new UsedComponent(
                    i,
                    component.ingredientId(),
                    supplier == null ? null : new SupplierFacts(supplier.name, supplier.status, supplier.fdaRegistered),
                    component.lotNumber(),
                    component.expiresOn(),
                    component.quantityUsed()));
        }
        List<WorksheetWeight> weights = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            if (component.active()) {
                weights.add(new WorksheetWeight(
                        component.ingredientId(),
                        component.name(),
                        worksheet.lines().get(i).quantity()));
            }
        }
        return new CompoundingFacts(
                LocalDate.now(clock),
                order.expiresOn,
                draft.compoundedOn(),
                order.dosageForm,
                order.quantity(),
                used,
                draft.batchYield(),
                components.stream()
                        .map(c -> new FormulationLine(c.ingredientId(), c.name(), c.active()))
                        .toList(),
                weights,
                draft.deviationNote());
    }
}
