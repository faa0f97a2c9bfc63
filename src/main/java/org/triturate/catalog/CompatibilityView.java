package org.triturate.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A compatibility record as the API shows it and as the audit trail keeps each change of it. */
public record CompatibilityView(
        long id,
        List<Long> ingredientIds,
        DosageForm dosageForm,
        CompatibilityStatus status,
        String reference,
        @Schema(nullable = true) Integer studyBudDays) {

    public static CompatibilityView of(CompatibilityEvidence evidence) {
        return new CompatibilityView(
                evidence.id,
                List.of(evidence.firstIngredientId, evidence.secondIngredientId),
                evidence.dosageForm,
                evidence.status,
                evidence.reference,
                evidence.studyBudDays);
    }
}
