package org.triturate.compounding.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.compounding.LabelledOrder;
import org.triturate.formulation.StorageCondition;
import org.triturate.order.CompoundingOrder;

/** The dispensing label of a verified preparation (docs/order-lifecycle.md), as JSON and, the same text, as a PDF. */
public record LabelView(
        Pharmacy pharmacy,
        String orderNumber,
        Person patient,
        Person prescriber,
        List<Active> actives,
        DosageForm dosageForm,
        Quantity quantity,
        String directions,
        String preparationLot,
        LocalDate compoundedOn,
        LocalDate beyondUseDate,
        StorageCondition storage,
        List<String> auxiliaryLabels,
        String statement) {

    public static final String STATEMENT = "This is a compounded preparation.";

    public record Pharmacy(String name, String address, String phone) {}

    public record Person(String name) {}

    public record Active(long ingredientId, String name, Quantity strength) {}

    public static LabelView of(LabelledOrder labelled) {
        CompoundingOrder order = labelled.order();
        List<Active> actives = order.actives.stream()
                .map(active -> new Active(
                        active.ingredientId, labelled.activeNames().get(active.ingredientId), active.strength()))
                .toList();
        return new LabelView(
                new Pharmacy(
                        labelled.pharmacy().name(),
                        labelled.pharmacy().address(),
                        labelled.pharmacy().phone()),
                order.number,
                new Person(labelled.patient().firstName + " " + labelled.patient().lastName),
                new Person(labelled.prescriber().firstName + " " + labelled.prescriber().lastName),
                actives,
                order.dosageForm,
                order.quantity(),
                order.directions,
                order.preparationLot,
                order.compoundedOn,
                order.beyondUseDate,
                labelled.formulation().storage,
                labelled.formulation().auxiliaryLabels,
                STATEMENT);
    }

    /** The label's lines of text, top to bottom: what the PDF prints. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(pharmacy.name());
        lines.add(pharmacy.address() + "   Tel. " + pharmacy.phone());
        lines.add("Rx " + orderNumber);
        lines.add("Patient: " + patient.name());
        lines.add("Prescriber: " + prescriber.name());
        actives.forEach(active -> lines.add(active.name() + " " + active.strength()));
        lines.add(dosageForm + ", quantity " + quantity);
        lines.add(directions);
        lines.add("Lot " + preparationLot + "   Compounded " + compoundedOn + "   Use by " + beyondUseDate);
        lines.add("Store: " + storage);
        lines.addAll(auxiliaryLabels);
        lines.add(statement);
        return lines;
    }
}
