package org.triturate.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
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

    private static final long REFERENCE_PRODUCTS = 52;

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
    void everyActiveHasASaltFactorOrItsSourceSaysWhyNot() {
        List<Ingredient> actives = referenceIngredients().stream()
                .filter(i -> i.role == IngredientRole.ACTIVE)
                .toList();
        assertEquals(11, actives.size());
        for (Ingredient active : actives) {
            assertTrue(active.saltFactor != null || active.source.contains("No salt factor:"), active.name);
        }
        Ingredient besylate = named("Venlafaxine besylate");
        assertNull(besylate.saltFactor);
        assertTrue(besylate.source.contains("No salt factor:"));
    }

    @Test
    void theSaltFactorsAreTheLabelledMolecularWeightRatios() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Sertraline hydrochloride", "1.119"),
                Map.entry("Fluoxetine hydrochloride", "1.118"),
                Map.entry("Escitalopram oxalate", "1.277"),
                Map.entry("Venlafaxine hydrochloride", "1.131"),
                Map.entry("Liothyronine sodium", "1.034"),
                Map.entry("Ketamine hydrochloride", "1.153"),
                Map.entry("Esketamine", "1.153"),
                Map.entry("Mirtazapine", "1"),
                Map.entry("Bupropion hydrochloride", "1"),
                Map.entry("Lithium carbonate", "1"));
        expected.forEach((name, factor) -> {
            Ingredient active = named(name);
            assertEquals(0, active.saltFactor.compareTo(new BigDecimal(factor)), name + ": " + active.saltFactor);
            // Every computed factor says how it was computed.
            assertTrue(factor.equals("1") || active.source.contains("= " + factor), name + " shows no division");
        });
        // Labels of these two state the salt itself, so the salt is weighed as labelled.
        assertEquals(StrengthBasis.SALT, named("Bupropion hydrochloride").strengthBasis);
        assertEquals(StrengthBasis.SALT, named("Lithium carbonate").strengthBasis);
        assertEquals(StrengthBasis.MOIETY, named("Fluoxetine hydrochloride").strengthBasis);
        assertEquals("venlafaxine", named("Venlafaxine besylate").activeMoiety);
        assertEquals("venlafaxine", named("Venlafaxine hydrochloride").activeMoiety);
    }

    @Test
    void everyActiveWithALabelledMaximumHasItAndTheOthersSayWhy() {
        Map<String, String> daily = Map.of(
                "Sertraline hydrochloride", "200 mg",
                "Fluoxetine hydrochloride", "80 mg",
                "Escitalopram oxalate", "20 mg",
                "Bupropion hydrochloride", "450 mg",
                "Mirtazapine", "45 mg",
                "Venlafaxine hydrochloride", "375 mg",
                "Esketamine", "84 mg");
        daily.forEach(
                (name, dose) -> assertEquals(dose, String.valueOf(named(name).maxDailyDose()), name));
        for (String levelGuidedOrUnlabelled :
                List.of("Lithium carbonate", "Liothyronine sodium", "Ketamine hydrochloride", "Venlafaxine besylate")) {
            Ingredient active = named(levelGuidedOrUnlabelled);
            assertNull(active.maxDailyDose(), levelGuidedOrUnlabelled);
            assertTrue(active.source.contains("No maximum daily dose:"), levelGuidedOrUnlabelled);
        }
        assertTrue(named("Lithium carbonate").source.contains("individualized according to serum levels"));
        referenceIngredients().stream()
                .filter(i -> i.role == IngredientRole.ACTIVE)
                .forEach(active -> assertTrue(
                        active.maxDailyDose() != null || active.source.contains("No maximum daily dose:"),
                        active.name));
        assertEquals("150 mg", String.valueOf(named("Bupropion hydrochloride").maxSingleDose()));
        assertEquals("84 mg", String.valueOf(named("Esketamine").maxSingleDose()));
        assertNull(named("Sertraline hydrochloride").maxSingleDose());
    }

    @Test
    void theApiShowsAnActivesMoietyBasisAndSingleDoseMaximum() {
        Api.as(Api.tokenFor("PRESCRIBER"))
                .get("/api/v1/ingredients/" + named("Bupropion hydrochloride").id)
                .then()
                .statusCode(200)
                .body("activeMoiety", equalTo("bupropion"))
                .body("strengthBasis", equalTo("SALT"))
                .body("maxSingleDose", equalTo(Map.of("value", 150, "unit", "mg")))
                .body("maxDailyDose", equalTo(Map.of("value", 450, "unit", "mg")));
        Api.as(Api.tokenFor("PRESCRIBER"))
                .get("/api/v1/ingredients/" + named("Lactose monohydrate").id)
                .then()
                .statusCode(200)
                .body("activeMoiety", nullValue())
                .body("strengthBasis", nullValue())
                .body("maxSingleDose", nullValue());
    }

    @Test
    void theMissingMarketedProductsAreThereWithTheirReleaseTypes() {
        JsonPath venlafaxine = productsOf("Venlafaxine hydrochloride");
        assertEquals(List.of(25f, 37.5f, 50f, 75f, 100f), strengths(venlafaxine, "TABLET", "IMMEDIATE"));
        assertEquals(List.of(37.5f, 75f, 150f), strengths(venlafaxine, "CAPSULE", "EXTENDED"));
        assertEquals(List.of(37.5f, 75f, 150f, 225f), strengths(venlafaxine, "TABLET", "EXTENDED"));
        assertEquals(
                List.of("LACTOSE"),
                venlafaxine.getList("items.find { it.releaseType == 'IMMEDIATE' }.allergenClasses"));
        assertEquals(
                List.of(true),
                venlafaxine.getList("items.findAll { it.releaseType == 'EXTENDED' }.allergensUnknown").stream()
                        .distinct()
                        .toList());

        JsonPath mirtazapine = productsOf("Mirtazapine");
        assertEquals(List.of(7.5f, 15f, 30f, 45f), strengths(mirtazapine, "TABLET", "IMMEDIATE"));

        JsonPath sertraline = productsOf("Sertraline hydrochloride");
        assertEquals(List.of(150f, 200f), strengths(sertraline, "CAPSULE", "IMMEDIATE"));
        assertEquals(
                List.of("DYE", "GELATIN"),
                sertraline.getList("items.find { it.dosageForm == 'CAPSULE' }.allergenClasses"));

        JsonPath bupropion = productsOf("Bupropion hydrochloride");
        // 75 and 100 mg immediate release; SR 100/150/200 and XL 150/300 extended (shipped before).
        assertEquals(List.of(75f, 100f), strengths(bupropion, "TABLET", "IMMEDIATE"));
        assertEquals(List.of(100f, 150f, 150f, 200f, 300f), strengths(bupropion, "TABLET", "EXTENDED"));

        JsonPath esketamine = productsOf("Esketamine");
        assertEquals(List.of(140f), strengths(esketamine, "NASAL_SPRAY", "IMMEDIATE"));
        assertEquals("mg/mL", esketamine.getString("items[0].strength.unit"));
        assertEquals(false, esketamine.getBoolean("items[0].allergensUnknown"));
    }

    @Test
    void aProductWhoseExcipientsAreUnknownSaysWhyInItsSource() {
        List<CommercialProduct> unknown = QuarkusTransaction.requiringNew()
                .call(() -> CommercialProduct.<CommercialProduct>list(
                        "id <= ?1 and allergensUnknown = true", REFERENCE_PRODUCTS));
        assertFalse(unknown.isEmpty());
        unknown.forEach(product -> assertTrue(
                product.source.contains("not found")
                        || product.source.contains("unknown")
                        || product.source.contains("vary by manufacturer"),
                product.name));
    }

    private static JsonPath productsOf(String ingredient) {
        return Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", named(ingredient).id)
                .queryParam("size", 200)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The strengths of one dosage form and release type, in ascending order. */
    private static List<Float> strengths(JsonPath products, String dosageForm, String releaseType) {
        List<Number> values = products.getList("items.findAll { it.dosageForm == '" + dosageForm
                + "' && it.releaseType == '" + releaseType + "' }.strength.value");
        return values.stream().map(Number::floatValue).sorted().toList();
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
                .body(
                        "items.find { it.dosageForm == 'ORALLY_DISINTEGRATING_TABLET' && it.strength.value == 15 }"
                                + ".allergenClasses",
                        contains("ASPARTAME"))
                .body(
                        "items.find { it.dosageForm == 'ORALLY_DISINTEGRATING_TABLET' && it.strength.value == 15 }"
                                + ".source",
                        containsString("realvalueproducts"))
                .body("items.find { it.strength.value == 99 }", nullValue());
    }
}
