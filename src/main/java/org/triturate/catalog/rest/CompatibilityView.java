package org.triturate.catalog.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;

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
