package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.catalog.Ingredient;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.rule.Rules;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.FederalCaution;
import org.triturate.compounding.LabelName;
import org.triturate.compounding.LabelledOrder;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderInStatus;
import org.triturate.order.OrderStatus;
import org.triturate.patient.Patient;
import org.triturate.prescriber.Prescriber;

/** The dispensing label of an order whose preparation a pharmacist has released. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrintLabel {

    private static final Rules<OrderStatus> LABELLED =
            Rules.of(new OrderInStatus(EnumSet.of(OrderStatus.VERIFIED, OrderStatus.DISPENSED), "labelled"));

    private final TriturateConfig.Pharmacy pharmacy;
    private final Clock clock;
    private final AccessLog accessLog;

    PrintLabel(TriturateConfig config, Clock clock, AccessLog accessLog) {
        this.pharmacy = config.pharmacy();
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The order with what its label prints; its actives are loaded for mapping. The access log records the print. */
    public LabelledOrder label(long orderId) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        LABELLED.check(order.status).requirePassed();
        accessLog.record(AccessAction.LABEL_PRINT, order.id, order.patientId);
        Patient patient = Patient.findById(order.patientId);
        Prescriber prescriber = Prescriber.findById(order.prescriberId);
        MasterFormulation formulation = MasterFormulation.findById(order.formulationId);
        CompoundingRecord released = CompoundingRecord.findById(order.compoundingRecordId);
        Map<Long, Ingredient> actives = Ingredient.byIds(
                order.actives.stream().map(active -> active.ingredientId).toList());
        Map<Long, LabelName> activeNames = actives.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> labelName(entry.getValue())));
        return new LabelledOrder(
                pharmacy,
                order,
                patient,
                prescriber,
                formulation,
                activeNames,
                LocalDate.ofInstant(released.verifiedAt, clock.getZone()),
                FederalCaution.forSchedules(actives.values().stream()
                        .map(active -> active.deaSchedule)
                        .toList()));
    }

    private static LabelName labelName(Ingredient ingredient) {
        return LabelName.of(ingredient.name, ingredient.activeMoiety, ingredient.strengthBasis);
    }
}
