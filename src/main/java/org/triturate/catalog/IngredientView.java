package org.triturate.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.common.quantity.Decimals;
import org.triturate.common.quantity.Quantity;

/** An ingredient as the API shows it and as the audit trail keeps each change of it. */
public record IngredientView(
        long id,
        String name,
        IngredientRole role,
        List<AllergenClass> allergenClasses,
        @Schema(nullable = true) DeaSchedule deaSchedule,

        @Schema(nullable = true, description = "The lower-case moiety shared by every salt of one drug")
        String activeMoiety,

        @Schema(nullable = true, description = "What the labelled strengths state: the moiety (base) or the salt")
        StrengthBasis strengthBasis,

        @Schema(nullable = true) BigDecimal saltFactor,
        BigDecimal potencyPercent,
        @Schema(nullable = true) Quantity maxDailyDose,

        @Schema(nullable = true, description = "The labelled maximum for one immediate-release dose")
        Quantity maxSingleDose,

        boolean withdrawnForSafety,
        boolean remsRestricted,
        @Schema(nullable = true) String safetyNotice,
        String source,

        @Schema(nullable = true, description = "The RxNorm ingredient code (RxCUI) of the moiety, where sourced")
        String rxnormCode,

        long version) {

    public static IngredientView of(Ingredient ingredient) {
        return new IngredientView(
                ingredient.id,
                ingredient.name,
                ingredient.role,
                ingredient.allergenClasses.stream().sorted().toList(),
                ingredient.deaSchedule,
                ingredient.activeMoiety,
                ingredient.strengthBasis,
                Decimals.strip(ingredient.saltFactor),
                Decimals.strip(ingredient.potencyPercent),
                ingredient.maxDailyDose(),
                ingredient.maxSingleDose(),
                ingredient.withdrawnForSafety,
                ingredient.remsRestricted,
                ingredient.safetyNotice,
                ingredient.source,
                ingredient.rxnormCode,
                ingredient.version);
    }
}
