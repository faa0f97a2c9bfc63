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
        return new Item(
                preparation.orderId(),
                preparation.orderNumber(),
                preparation.orderStatus(),
                preparation.preparationLot(),
                preparation.compoundedOn(),
                preparation.beyondUseDate(),
                preparation.verification(),
                preparation.dispensedAt(),
                new Patient(
                        preparation.patientId(),
                        preparation.patientFirstName(),
                        preparation.patientLastName(),
                        preparation.patientBirthDate()),
                preparation.prescriberId());
    }
}
