package org.triturate.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/** The sourced reference catalog that Liquibase ships with a fresh database (each row with its source; docs/api-guide.md, "Every clinical value carries its source"). */
@QuarkusTest
class ReferenceCatalogTest {

    /** The rows of the reference files; anything with a higher id was created by a test. */
    private static final long REFERENCE_INGREDIENTS = 30;

    private static final long REFERENCE_PRODUCTS = 32;

    private static List<Ingredient> referenceIngredients() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Ingredient.<Ingredient>list("id <= ?1 order by id", REFERENCE_INGREDIENTS));
    }

    private static Ingredient named(String name) {
        return referenceIngredients().stream()
                .filter(i -> i.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the reference catalog"));
    }

    @Test
    void searchingForSertralineFindsItWithItsSaltFactorAndMaximumDose() {
        JsonPath found = Api.as(Api.tokenFor("PRESCRIBER"))
                .queryParam("q", "sertraline")
                .get("/api/v1/ingredients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> sertraline = found.getMap("items.find { it.name == 'Sertraline hydrochloride' }");
        assertEquals("ACTIVE", sertraline.get("role"));
        assertEquals(1.119f, ((Number) sertraline.get("saltFactor")).floatValue());
        assertEquals(Map.of("value", 200, "unit", "mg"), sertraline.get("maxDailyDose"));
        assertTrue(sertraline.get("source").toString().contains("https://"));
    }

    @Test
    void everyActiveTheIssueNamesIsThere() {
        Set<String> names = referenceIngredients().stream().map(i -> i.name).collect(Collectors.toSet());
        for (String active : List.of(
                "Sertraline hydrochloride",
                "Fluoxetine hydrochloride",
                "Escitalopram oxalate",
                "Bupropion hydrochloride",
                "Mirtazapine",
                "Lithium carbonate",
                "Liothyronine sodium",
                "Venlafaxine hydrochloride",
                "Ketamine hydrochloride",
                "Esketamine")) {
            assertTrue(names.contains(active), active);
            assertEquals(IngredientRole.ACTIVE, named(active).role, active);
        }
    }

    @Test
    void everyReferenceRowCarriesItsSource() {
        List<Ingredient> ingredients = referenceIngredients();
        assertEquals(REFERENCE_INGREDIENTS, ingredients.size());
        ingredients.forEach(i -> assertFalse(i.source == null || i.source.isBlank(), i.name));
        List<CommercialProduct> products = QuarkusTransaction.requiringNew()
                .call(() -> CommercialProduct.<CommercialProduct>list("id <= ?1", REFERENCE_PRODUCTS));
        assertEquals(REFERENCE_PRODUCTS, products.size());
        products.forEach(p -> assertTrue(p.source != null && p.source.contains("http"), p.name));
    }

    @Test
    void referenceProductsAreConsistent() {
        List<CommercialProduct> products = QuarkusTransaction.requiringNew()
                .call(() -> CommercialProduct.<CommercialProduct>list("id <= ?1", REFERENCE_PRODUCTS));
        Map<Long, Ingredient> ingredients =
                referenceIngredients().stream().collect(Collectors.toMap(i -> i.id, i -> i));
        for (CommercialProduct product : products) {
            assertEquals(IngredientRole.ACTIVE, ingredients.get(product.ingredientId).role, product.name);
            assertTrue(product.dosageForm.fitsStrength(product.strength().unit()), product.name);
            assertEquals(ProductStatus.MARKETED, product.status, product.name);
        }
    }

    @Test
    void controlledAndRestrictedActivesAreMarked() {
        Ingredient ketamine = named("Ketamine hydrochloride");
        assertEquals(DeaSchedule.III, ketamine.deaSchedule);
        assertTrue(ketamine.safetyNotice.contains("2022") && ketamine.safetyNotice.contains("2023"));
        assertFalse(ketamine.remsRestricted);
        Ingredient esketamine = named("Esketamine");
        assertEquals(DeaSchedule.III, esketamine.deaSchedule);
        assertTrue(esketamine.remsRestricted);
        for (String unscheduled : List.of(
                "Sertraline hydrochloride",
                "Bupropion hydrochloride",
                "Lithium carbonate",
                "Liothyronine sodium",
                "Mirtazapine")) {
            assertEquals(null, named(unscheduled).deaSchedule, unscheduled);
        }
    }

    @Test
    void valuesWithoutASourceAreLeftEmpty() {
        // The reference gives no salt factor for these (their base molecular weights are not in it).
        for (String name : List.of(
                "Fluoxetine hydrochloride",
                "Escitalopram oxalate",
                "Liothyronine sodium",
                "Venlafaxine hydrochloride",
                "Ketamine hydrochloride",
                "Mirtazapine")) {
            assertEquals(null, named(name).saltFactor, name);
        }
        // Salt factor 1 where the label states the salt itself (contract note).
        assertEquals(0, named("Bupropion hydrochloride").saltFactor.compareTo(java.math.BigDecimal.ONE));
        assertEquals(0, named("Lithium carbonate").saltFactor.compareTo(java.math.BigDecimal.ONE));
        assertEquals("45 mg", named("Mirtazapine").maxDailyDose().toString());
        assertEquals(null, named("Lithium carbonate").maxDailyDose());
    }

    @Test
    void excipientsCarryTheirAllergenClasses() {
        Map<String, Set<AllergenClass>> expected = Map.ofEntries(
                Map.entry("Lactose monohydrate", Set.of(AllergenClass.LACTOSE)),
                Map.entry("Wheat starch", Set.of(AllergenClass.GLUTEN)),
                Map.entry("Corn starch", Set.of(AllergenClass.CORN)),
                Map.entry("FD&C Yellow No. 5 (tartrazine)", Set.of(AllergenClass.DYE)),
                Map.entry("FD&C Red No. 40 (allura red)", Set.of(AllergenClass.DYE)),
                Map.entry("Sorbitol", Set.of(AllergenClass.SORBITOL)),
                Map.entry("Sucrose", Set.of(AllergenClass.SUGAR)),
                Map.entry("Methylparaben", Set.of(AllergenClass.PARABEN)),
                Map.entry("Propylparaben", Set.of(AllergenClass.PARABEN)),
                Map.entry("Ethanol", Set.of(AllergenClass.ALCOHOL)),
                Map.entry("Aspartame", Set.of(AllergenClass.ASPARTAME)),
                Map.entry("Gelatin", Set.of(AllergenClass.GELATIN)),
                Map.entry("Microcrystalline cellulose", Set.of()));
        expected.forEach((name, classes) -> {
            Ingredient excipient = named(name);
            assertEquals(IngredientRole.EXCIPIENT, excipient.role, name);
            assertEquals(classes, excipient.allergenClasses, name);
        });
    }

    @Test
    void theMarketedStrengthsOfSection8AreThere() {
        long sertraline = named("Sertraline hydrochloride").id;
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", sertraline)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.dosageForm == 'TABLET' }.strength.value",
                        org.hamcrest.Matchers.containsInAnyOrder(25, 50, 100))
                .body(
                        "items.find { it.dosageForm == 'ORAL_SOLUTION' }.strength",
                        equalTo(Map.of("value", 20, "unit", "mg/mL")))
                .body("items.find { it.dosageForm == 'ORAL_SOLUTION' }.allergenClasses", contains("ALCOHOL"));
        long liothyronine = named("Liothyronine sodium").id;
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", liothyronine)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("items.strength.unit", contains("ug", "ug", "ug"))
                .body("items.strength.value", org.hamcrest.Matchers.containsInAnyOrder(5, 25, 50));
        long mirtazapine = named("Mirtazapine").id;
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", mirtazapine)
                .get("/api/v1/products")
                .then()
                .body("items.dosageForm", hasItem("ORALLY_DISINTEGRATING_TABLET"))
                .body("items.find { it.strength.value == 15 }.allergenClasses", contains("ASPARTAME"))
                .body("items.find { it.strength.value == 15 }.source", containsString("realvalueproducts"))
                .body("items.find { it.strength.value == 99 }", nullValue());
    }
}
