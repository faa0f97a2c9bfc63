package org.triturate.catalog.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

class CatalogSnapshotTest {

    private static final CatalogIngredient SERTRALINE = ingredient(1);
    private static final CatalogIngredient FLUOXETINE = ingredient(2);
    private static final CatalogIngredient LACTOSE = ingredient(3);
    private static final CatalogProduct SERTRALINE_50 = product(11, 1);
    private static final CatalogProduct SERTRALINE_100 = product(12, 1);
    private static final CatalogProduct FLUOXETINE_20 = product(13, 2);
    private static final CatalogCompatibility SERTRALINE_FLUOXETINE = compatibility(21, 1, 2);
    private static final CatalogCompatibility SERTRALINE_LACTOSE = compatibility(20, 1, 3);
    private static final CatalogCompatibility FLUOXETINE_LACTOSE = compatibility(22, 2, 3);

    private final CatalogSnapshot catalog = new CatalogSnapshot(
            7,
            List.of(SERTRALINE, FLUOXETINE, LACTOSE),
            List.of(FLUOXETINE_20, SERTRALINE_100, SERTRALINE_50),
            List.of(FLUOXETINE_LACTOSE, SERTRALINE_FLUOXETINE, SERTRALINE_LACTOSE));

    @Test
    void ingredientsAreFoundByIdInTheOrderAskedAndUnknownIdsAreAbsent() {
        assertEquals(
                List.of(3L, 1L),
                List.copyOf(catalog.ingredients(List.of(3L, 99L, 1L)).keySet()));
        assertEquals(LACTOSE, catalog.ingredients(List.of(3L)).get(3L));
    }

    @Test
    void productsAreThoseOfTheIngredientsAskedEachIngredientsInIdOrder() {
        assertEquals(List.of(FLUOXETINE_20, SERTRALINE_50, SERTRALINE_100), catalog.productsOf(List.of(2L, 1L)));
        assertEquals(List.of(), catalog.productsOf(List.of(3L, 99L)));
    }

    @Test
    void compatibilitiesAreThoseWhoseTwoIngredientsAreBothAsked() {
        assertEquals(List.of(SERTRALINE_FLUOXETINE), catalog.compatibilitiesAmong(List.of(2L, 1L)));
        assertEquals(
                List.of(SERTRALINE_LACTOSE, SERTRALINE_FLUOXETINE, FLUOXETINE_LACTOSE),
                catalog.compatibilitiesAmong(List.of(1L, 2L, 3L)));
        assertEquals(List.of(), catalog.compatibilitiesAmong(List.of(1L)));
    }

    private static CatalogIngredient ingredient(long id) {
        return new CatalogIngredient(
                id,
                "ingredient " + id,
                IngredientRole.ACTIVE,
                null,
                Set.of(AllergenClass.DYE),
                null,
                null,
                null,
                false,
                false,
                null);
    }

    private static CatalogProduct product(long id, long ingredientId) {
        return new CatalogProduct(
                id,
                ingredientId,
                "product " + id,
                DosageForm.CAPSULE,
                ReleaseType.IMMEDIATE,
                new Quantity(BigDecimal.TEN, Unit.MG),
                Set.of(),
                false,
                ProductStatus.MARKETED);
    }

    private static CatalogCompatibility compatibility(long id, long first, long second) {
        return new CatalogCompatibility(id, first, second, DosageForm.CAPSULE, CompatibilityStatus.COMPATIBLE);
    }
}
