package org.triturate.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.service.CompatibilityDetails;

/** Compatibility evidence for an unordered pair of actives in one dosage form. */
public record CompatibilityRequest(
        @NotNull @Size(min = 2, max = 2, message = "must name exactly two ingredients")
        List<@NotNull Long> ingredientIds,

        @NotNull DosageForm dosageForm,
        @NotNull CompatibilityStatus status,
        @NotBlank @Size(max = 1000) String reference,
        @Positive Integer studyBudDays) {

    public CompatibilityDetails toDetails() {
        return new CompatibilityDetails(
                ingredientIds.get(0), ingredientIds.get(1), dosageForm, status, reference, studyBudDays);
    }
}
