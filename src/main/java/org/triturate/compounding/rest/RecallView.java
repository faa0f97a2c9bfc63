package org.triturate.compounding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.Recall;
import org.triturate.compounding.Recall.RecalledPreparation;
import org.triturate.order.OrderStatus;

/** Everything a recall of one component lot reaches: every preparation made from it, its order and its patient. */
public record RecallView(long ingredientId, String lotNumber, int total, List<Item> items) {

    /**
     * One preparation: {@code verification} is null until verified; a REJECTED one was discarded, and
     * {@code dispensedAt} says whether it reached the patient.
     */
    public record Item(
            long orderId,
            String orderNumber,
            OrderStatus orderStatus,
            String preparationLot,
            LocalDate compoundedOn,
            LocalDate beyondUseDate,
            @Schema(nullable = true) CompoundingRecord.Verification verification,
            @Schema(nullable = true) Instant dispensedAt,
            Patient patient,
            long prescriberId) {}

    public record Patient(long id, String firstName, String lastName, LocalDate birthDate) {}

    public static RecallView of(Recall recall) {
        List<Item> items = recall.preparations().stream().map(RecallView::item).toList();
        return new RecallView(recall.ingredientId(), recall.lotNumber(), items.size(), items);
    }

    private static Item item(RecalledPreparation preparation) {
        CompoundingRecord record = preparation.record();
        var patient = preparation.patient(); // the entity, not this view's Patient
        return new Item(
                preparation.order().id,
                preparation.order().number,
                preparation.order().status,
                record.preparationLot,
                record.compoundedOn,
                record.beyondUseDate,
                record.verification,
                record.dispensedAt,
                new Patient(patient.id, patient.firstName, patient.lastName, patient.birthDate),
                preparation.order().prescriberId);
    }
}
