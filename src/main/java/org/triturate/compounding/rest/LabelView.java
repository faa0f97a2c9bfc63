package org.triturate.compounding.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.compounding.LabelName;
import org.triturate.compounding.LabelledOrder;
import org.triturate.formulation.StorageCondition;
import org.triturate.order.CompoundingOrder;

/** The dispensing label of a verified preparation (docs/order-lifecycle.md), as JSON and, the same text, as a PDF. */
public record LabelView(
        Pharmacy pharmacy,
        String orderNumber,
        String prescriptionNumber,
        LocalDate filledOn,
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
        @Schema(nullable = true) String federalCaution,
        String statement) {

    public static final String STATEMENT = "This is a compounded preparation.";

    public record Pharmacy(String name, String address, String phone) {}

    public record Person(String name) {}

    /** An active named on the basis its strength states; {@code suppliedAs} is the salt weighed, when named apart. */
    public record Active(
            long ingredientId,
            String name,
            Quantity strength,
            @Schema(nullable = true) String suppliedAs) {

        String line() {
            return name + " " + strength + (suppliedAs == null ? "" : " (as " + suppliedAs + ")");
        }
    }

    public static LabelView of(LabelledOrder labelled) {
        CompoundingOrder order = labelled.order();
        List<Active> actives = order.actives.stream()
                .map(active -> {
                    LabelName name = labelled.activeNames().get(active.ingredientId);
                    return new Active(active.ingredientId, name.name(), active.strength(), name.suppliedAs());
                })
                .toList();
        return new LabelView(
                new Pharmacy(
                        labelled.pharmacy().name(),
                        labelled.pharmacy().address(),
                        labelled.pharmacy().phone()),
                order.number,
                // The order is the prescription: its number is the label's serial number (21 CFR 1306.14).
                order.number,
                labelled.filledOn(),
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
                labelled.federalCaution(),
                STATEMENT);
    }

    /** The label's lines of text, top to bottom: what the PDF prints. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(pharmacy.name());
        lines.add(pharmacy.address() + "   Tel. " + pharmacy.phone());
        lines.add("Rx " + prescriptionNumber + "   Filled " + filledOn);
        lines.add("Patient: " + patient.name());
        lines.add("Prescriber: " + prescriber.name());
        actives.forEach(active -> lines.add(active.line()));
        lines.add(dosageForm + ", quantity " + quantity);
        lines.add(directions);
        lines.add("Lot " + preparationLot + "   Compounded " + compoundedOn + "   Use by " + beyondUseDate);
        lines.add("Store: " + storage);
        lines.addAll(auxiliaryLabels);
        if (federalCaution != null) {
            lines.add(federalCaution);
        }
        lines.add(statement);
        return lines;
    }
}
