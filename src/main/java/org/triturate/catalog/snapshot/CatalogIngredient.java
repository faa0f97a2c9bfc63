package org.triturate.catalog.snapshot;

import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;

/** What the order rules read of a catalog ingredient, immutable so that concurrent requests can share it. */
public record CatalogIngredient(
        long id,
        String name,
        IngredientRole role,
        String activeMoiety,
        Set<AllergenClass> allergenClasses,
        DeaSchedule deaSchedule,
        Quantity maxDailyDose,
        Quantity maxSingleDose,
        boolean withdrawnForSafety,
        boolean remsRestricted,
        String safetyNotice) {

    public CatalogIngredient {
        allergenClasses = Set.copyOf(allergenClasses);
    }

    static CatalogIngredient of(Ingredient ingredient) {
        return new CatalogIngredient(
                ingredient.id,
                ingredient.name,
                ingredient.role,
                ingredient.activeMoiety,
                ingredient.allergenClasses,
                ingredient.deaSchedule,
                ingredient.maxDailyDose(),
                ingredient.maxSingleDose(),
                ingredient.withdrawnForSafety,
                ingredient.remsRestricted,
                ingredient.safetyNotice);
    }
}
