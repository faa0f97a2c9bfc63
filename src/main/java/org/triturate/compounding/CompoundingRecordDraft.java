package org.triturate.compounding;

import java.time.LocalDate;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.text.FreeText;

/**
 * What a technician or pharmacist records of one preparation: when, from which lots, and what it yielded. A blank
 * deviation note is no note.
 */
public record CompoundingRecordDraft(
        LocalDate compoundedOn,
        List<ComponentUse> components,
        Quantity batchYield,
        List<QualityCheck> qualityControl,
        String deviationNote) {

    public CompoundingRecordDraft {
        components = List.copyOf(components);
        qualityControl = qualityControl == null ? List.of() : List.copyOf(qualityControl);
        deviationNote = FreeText.trimmedOrNull(deviationNote);
    }

    /** One component lot and how much of it went into the preparation. */
    public record ComponentUse(
            long ingredientId, long supplierId, String lotNumber, LocalDate expiresOn, Quantity quantityUsed) {}
}
