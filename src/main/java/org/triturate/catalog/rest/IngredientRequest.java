package org.triturate.catalog.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.StrengthBasis;
import org.triturate.catalog.service.IngredientDetails;
import org.triturate.common.quantity.Quantity;

/**
 * An ingredient as an administrator or pharmacist records it (POST and PUT). Omitted optional fields take their
 * documented defaults: no allergen classes, potency 100 %, not withdrawn, not REMS-restricted; an omitted moiety,
 * strength basis or maximum is unknown.
 */
public record IngredientRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull IngredientRole role,
        List<@NotNull AllergenClass> allergenClasses,
        DeaSchedule deaSchedule,
        @Size(max = 200) String activeMoiety,
        StrengthBasis strengthBasis,

        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 6)
        BigDecimal saltFactor,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax("200") @Digits(integer = 3, fraction = 3)
        BigDecimal potencyPercent,

        Quantity maxDailyDose,
        Quantity maxSingleDose,
        Boolean withdrawnForSafety,
        Boolean remsRestricted,
        @Size(max = 2000) String safetyNotice,
        @NotBlank @Size(max = 1000) String source) {

    /** Omitted flags are false and omitted allergen classes none; the service applies the other defaults. */
    public IngredientDetails toDetails() {
        return new IngredientDetails(
                name,
                role,
                AllergenClass.setOf(allergenClasses),
                deaSchedule,
                activeMoiety,
                strengthBasis,
                saltFactor,
                potencyPercent,
                maxDailyDose,
                maxSingleDose,
                Boolean.TRUE.equals(withdrawnForSafety),
                Boolean.TRUE.equals(remsRestricted),
                safetyNotice,
                source);
    }
}
