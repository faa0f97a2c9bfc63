package org.triturate.compounding;

import java.util.List;
import org.triturate.order.CompoundingOrder;
import org.triturate.patient.Patient;

/** Everything a recall of one component lot reaches, oldest preparation first. */
public record Recall(long ingredientId, String lotNumber, List<RecalledPreparation> preparations) {

    public Recall {
        preparations = List.copyOf(preparations);
    }

    /** One preparation made from the lot, with its order and its patient. */
    public record RecalledPreparation(CompoundingRecord record, CompoundingOrder order, Patient patient) {}
}
