package org.triturate.compounding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.triturate.order.OrderStatus;

/** Everything a recall of one component lot reaches, oldest preparation first. */
public record Recall(long ingredientId, String lotNumber, List<RecalledPreparation> preparations) {

    public Recall {
        preparations = List.copyOf(preparations);
    }

    /**
     * One preparation made from the lot, with what a recall needs of its order and its patient; {@code verification}
     * is null until verified, {@code dispensedAt} until dispensed.
     */
    public record RecalledPreparation(
            long orderId,
            String orderNumber,
            OrderStatus orderStatus,
            long prescriberId,
            String preparationLot,
            LocalDate compoundedOn,
            LocalDate beyondUseDate,
            CompoundingRecord.Verification verification,
            Instant dispensedAt,
            long patientId,
            String patientFirstName,
            String patientLastName,
            LocalDate patientBirthDate) {}
}
