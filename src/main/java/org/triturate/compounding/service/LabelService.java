package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triturate.catalog.Ingredient;
import org.triturate.common.config.TriturateConfig;
import org.triturate.compounding.rest.LabelView;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderStatus;
import org.triturate.patient.Patient;
import org.triturate.prescriber.Prescriber;

/** The dispensing label of an order whose preparation a pharmacist has released. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LabelService {

    private static final Set<OrderStatus> LABELLED = EnumSet.of(OrderStatus.VERIFIED, OrderStatus.DISPENSED);

    private final TriturateConfig.Pharmacy pharmacy;

    LabelService(TriturateConfig config) {
        this.pharmacy = config.pharmacy();
    }

    public LabelView label(long orderId) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        order.requireStatus(LABELLED, "labelled");
        Patient patient = Patient.findById(order.patientId);
        Prescriber prescriber = Prescriber.findById(order.prescriberId);
        MasterFormulation formulation = MasterFormulation.findById(order.formulationId);
        Map<Long, Ingredient> ingredients = Ingredient.byIds(order.actives.stream()
                .map(active -> active.ingredientId).toList());
        List<LabelView.Active> actives = order.actives.stream().map(active -> new LabelView.Active(
                active.ingredientId, ingredients.get(active.ingredientId).name, active.strength())).toList();
        return new LabelView(new LabelView.Pharmacy(pharmacy.name(), pharmacy.address(), pharmacy.phone()),
                order.number, new LabelView.Person(patient.firstName + " " + patient.lastName),
                new LabelView.Person(prescriber.firstName + " " + prescriber.lastName), actives, order.dosageForm,
                order.quantity(), order.directions, order.preparationLot, order.compoundedOn, order.beyondUseDate,
                formulation.storage, formulation.auxiliaryLabels, LabelView.STATEMENT);
    }
}
