package org.triturate.patient;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.text.FreeText;

/** An allergy to an allergen class or to one ingredient; exactly one of the two is given. */
public record AllergyDto(
        @Schema(nullable = true) AllergenClass allergenClass,
        @Schema(nullable = true) Long ingredientId,
        @Size(max = 500) @Schema(nullable = true) String reaction) {

    public static AllergyDto of(Allergy allergy) {
        return new AllergyDto(allergy.allergenClass, allergy.ingredientId, allergy.reaction);
    }

    public Allergy toEmbeddable() {
        Allergy allergy = new Allergy();
        allergy.allergenClass = allergenClass;
        allergy.ingredientId = ingredientId;
        allergy.reaction = FreeText.trimmedOrNull(reaction);
        return allergy;
    }
}
