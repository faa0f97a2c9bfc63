package org.triturate.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Registry;

@QuarkusTest
class CatalogResourceTest {

    private static long createActive(String name) {
        return Api.as(Api.adminToken())
                .body(Registry.active(name))
                .post("/api/v1/ingredients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Map<String, Object> product(long ingredientId, String dosageForm, Object strength) {
        Map<String, Object> body = new HashMap<>();
        body.put("ingredientId", ingredientId);
        body.put("name", "Test product");
        body.put("dosageForm", dosageForm);
        body.put("strength", strength);
        body.put("status", "MARKETED");
        body.put("source", "test fixture");
        return body;
    }

    @Test
    void aPharmacistRecordsAnIngredientWithExactDecimalsAndCanonicalUnits() {
        Map<String, Object> body = Registry.active(Api.unique("Testoxetine hydrochloride"));
        body.put("allergenClasses", List.of("SORBITOL", "DYE"));
        body.put("deaSchedule", "4");
        body.put("saltFactor", 1.1190);
        body.put("potencyPercent", 99.5);
        body.put("maxDailyDose", Map.of("value", 250.0, "unit", "mcg"));
        body.put("safetyNotice", "Test notice");
        Response response = Api.as(Api.tokenFor("PHARMACIST")).body(body).post("/api/v1/ingredients");
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("allergenClasses", contains("DYE", "SORBITOL"))
                .body("deaSchedule", equalTo("4"))
                .body("maxDailyDose.unit", equalTo("ug"))
                .body("withdrawnForSafety", equalTo(false))
                .body("remsRestricted", equalTo(false));
        String json = Api.as(Api.tokenFor("PRESCRIBER"))
                .get(response.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Exact decimals with trailing zeros stripped, written as plain numbers.
        assertTrue(json.contains("\"saltFactor\":1.119,"), json);
        assertTrue(json.contains("\"potencyPercent\":99.5,"), json);
        assertTrue(json.contains("\"maxDailyDose\":{\"value\":250,\"unit\":\"ug\"}"), json);
    }

    @Test
    void potencyDefaultsTo100() {
        long id = createActive(Api.unique("Defaultine"));
        Api.as(Api.adminToken())
                .get("/api/v1/ingredients/" + id)
                .then()
                .body("potencyPercent", equalTo(100))
                .body("saltFactor", nullValue())
                .body("allergenClasses", hasSize(0))
                .body("deaSchedule", nullValue());
    }

    @Test
    void badQuantitiesAndValuesAre400() {
        String token = Api.adminToken();
        Map<String, Object> unknownUnit = Registry.active(Api.unique("Unitless"));
        unknownUnit.put("maxDailyDose", Map.of("value", 5, "unit", "grain"));
        Api.as(token)
                .body(unknownUnit)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(400)
                .body("violations.code", contains("INVALID_FIELD"))
                .body("violations[0].field", equalTo("maxDailyDose.unit"));
        Map<String, Object> stringValue = Registry.active(Api.unique("Stringy"));
        stringValue.put("maxDailyDose", Map.of("value", "5", "unit", "mg"));
        Api.as(token).body(stringValue).post("/api/v1/ingredients").then().statusCode(400);
        Map<String, Object> volumeDose = Registry.active(Api.unique("Volumic"));
        volumeDose.put("maxDailyDose", Map.of("value", 5, "unit", "mL"));
        Api.as(token)
                .body(volumeDose)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("maxDailyDose.unit"));
        Map<String, Object> negative = Registry.active(Api.unique("Negative"));
        negative.put("maxDailyDose", Map.of("value", -5, "unit", "mg"));
        Api.as(token).body(negative).post("/api/v1/ingredients").then().statusCode(400);
        Map<String, Object> tooFine = Registry.active(Api.unique("Fine"));
        tooFine.put("saltFactor", 1.1234567);
        Api.as(token)
                .body(tooFine)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("saltFactor"));
        Map<String, Object> schedule1 = Registry.active(Api.unique("Scheduled"));
        schedule1.put("deaSchedule", "1");
        Api.as(token).body(schedule1).post("/api/v1/ingredients").then().statusCode(400);
        Map<String, Object> noSource = Registry.active(Api.unique("Unsourced"));
        noSource.remove("source");
        Api.as(token)
                .body(noSource)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("source"));
        Api.as(token)
                .queryParam("role", "SOLVENT")
                .get("/api/v1/ingredients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void searchesByNameAndRole() {
        String name = Api.unique("Searchable_Zeta");
        long id = createActive(name);
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("q", name.toLowerCase(Locale.ROOT))
                .get("/api/v1/ingredients")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("q", name)
                .queryParam("role", "EXCIPIENT")
                .get("/api/v1/ingredients")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // An underscore is matched literally, not as a wildcard.
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("q", name.replace("_", "x"))
                .get("/api/v1/ingredients")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void ingredientUpdatesNeedTheCurrentVersion() {
        String name = Api.unique("Versioned");
        long id = createActive(name);
        Map<String, Object> body = Registry.active(name);
        body.put("withdrawnForSafety", true);
        String path = "/api/v1/ingredients/" + id;
        Api.as(Api.adminToken()).body(body).put(path).then().statusCode(428);
        Api.as(Api.adminToken())
                .header("If-Match", "\"1\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(412);
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("withdrawnForSafety", equalTo(true));
    }

    @Test
    void aMaximumDailyDoseIsChangedAndRemovedAsAWhole() {
        String name = Api.unique("Dosine");
        Map<String, Object> body = Registry.active(name);
        body.put("maxDailyDose", Map.of("value", 2, "unit", "g"));
        long id = Api.as(Api.adminToken())
                .body(body)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String path = "/api/v1/ingredients/" + id;
        body.put("maxDailyDose", Map.of("value", 37.5, "unit", "mg"));
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200);
        Api.as(Api.adminToken())
                .get(path)
                .then()
                .statusCode(200)
                .body("maxDailyDose.value", equalTo(37.5f))
                .body("maxDailyDose.unit", equalTo("mg"));
        body.remove("maxDailyDose");
        Api.as(Api.adminToken())
                .header("If-Match", "\"1\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("maxDailyDose", nullValue());
        // Both columns are null again, which reads back as no quantity at all.
        Api.as(Api.adminToken()).get(path).then().statusCode(200).body("maxDailyDose", nullValue());
    }

    @Test
    void aProductNeedsAnExistingActiveAndAStrengthThatFitsItsForm() {
        long active = createActive(Api.unique("Productine"));
        String token = Api.tokenFor("PHARMACIST");
        Api.as(token)
                .body(product(active, "CAPSULE", Map.of("value", 37.5, "unit", "mg")))
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("strength.value", equalTo(37.5f))
                .body("dosageForm", equalTo("CAPSULE"));
        Api.as(token)
                .body(product(active, "ORAL_SOLUTION", Map.of("value", 20, "unit", "mg")))
                .post("/api/v1/products")
                .then()
                .statusCode(422)
                .body("violations.code", contains("INVALID_STRENGTH_UNIT"));
        Api.as(token)
                .body(product(active, "TOPICAL_CREAM", Map.of("value", 20, "unit", "mg/g")))
                .post("/api/v1/products")
                .then()
                .statusCode(201);
        Api.as(token)
                .body(product(12, "CAPSULE", Map.of("value", 20, "unit", "mg")))
                .post("/api/v1/products")
                .then()
                .statusCode(422)
                .body("violations.code", contains("NOT_AN_ACTIVE"));
        Api.as(token)
                .body(product(999_999, "CAPSULE", Map.of("value", 20, "unit", "mg")))
                .post("/api/v1/products")
                .then()
                .statusCode(422)
                .body("violations.code", contains("INGREDIENT_NOT_FOUND"));
        Api.as(token)
                .body(product(active, "CAPSULE", Map.of("value", 20, "unit", "mg")))
                .post("/api/v1/products")
                .then()
                .statusCode(201);
        Api.as(token)
                .queryParam("ingredientId", active)
                .get("/api/v1/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
        Api.as(token)
                .queryParam("ingredientId", "abc")
                .get("/api/v1/products")
                .then()
                .statusCode(400);
    }

    @Test
    void aProductCanGoIntoShortage() {
        long active = createActive(Api.unique("Scarce"));
        Map<String, Object> body = product(active, "TABLET", Map.of("value", 10, "unit", "mg"));
        long id = Api.as(Api.adminToken())
                .body(body)
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        body.put("status", "SHORTAGE");
        Api.as(Api.adminToken()).body(body).put("/api/v1/products/" + id).then().statusCode(428);
        Api.as(Api.adminToken())
                .header("If-Match", "0")
                .body(body)
                .put("/api/v1/products/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SHORTAGE"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void compatibilityPairsAreUnordered() {
        long first = createActive(Api.unique("Pairine"));
        long second = createActive(Api.unique("Partnerine"));
        Map<String, Object> body = new HashMap<>(Map.of(
                "ingredientIds",
                List.of(second, first),
                "dosageForm",
                "CAPSULE",
                "status",
                "COMPATIBLE",
                "reference",
                "Test study 2026"));
        body.put("studyBudDays", 90);
        Response created = Api.as(Api.tokenFor("PHARMACIST")).body(body).post("/api/v1/compatibilities");
        created.then()
                .statusCode(201)
                .body("ingredientIds", contains((int) Math.min(first, second), (int) Math.max(first, second)))
                .body("studyBudDays", equalTo(90));
        Api.as(Api.tokenFor("PRESCRIBER"))
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPATIBLE"));
        for (long either : new long[] {first, second}) {
            Api.as(Api.tokenFor("TECHNICIAN"))
                    .queryParam("ingredientId", either)
                    .get("/api/v1/compatibilities")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1));
        }
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", first)
                .queryParam("dosageForm", "TABLET")
                .get("/api/v1/compatibilities")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aCompatibilityRecordNamesTwoDifferentActives() {
        long active = createActive(Api.unique("Lonely"));
        String token = Api.adminToken();
        Api.as(token)
                .body(Map.of(
                        "ingredientIds",
                        List.of(active, active),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "COMPATIBLE",
                        "reference",
                        "x"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(400);
        Api.as(token)
                .body(Map.of(
                        "ingredientIds",
                        List.of(active),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "COMPATIBLE",
                        "reference",
                        "x"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("ingredientIds"));
        Api.as(token)
                .body(Map.of(
                        "ingredientIds",
                        List.of(active, 12),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "INCOMPATIBLE",
                        "reference",
                        "x"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(422)
                .body("violations.code", contains("NOT_AN_ACTIVE"));
        Api.as(token)
                .body(Map.of(
                        "ingredientIds",
                        List.of(active, 999_999),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "INCOMPATIBLE",
                        "reference",
                        "x"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(422)
                .body("violations.code", contains("INGREDIENT_NOT_FOUND"));
        Api.as(token)
                .body(Map.of(
                        "ingredientIds",
                        List.of(active, 1),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "MAYBE",
                        "reference",
                        "x"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(400);
    }

    @Test
    void suppliersAreRecordedAndSuspended() {
        Response created = Api.as(Api.tokenFor("PHARMACIST"))
                .body(Map.of("name", "Test Pharma Supply", "fdaRegistered", true, "status", "APPROVED"))
                .post("/api/v1/suppliers");
        created.then().statusCode(201).body("fdaRegistered", equalTo(true));
        Api.as(Api.adminToken())
                .header("If-Match", "0")
                .body(Map.of("name", "Test Pharma Supply", "fdaRegistered", true, "status", "SUSPENDED"))
                .put(created.header("Location"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get("/api/v1/suppliers")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Test Pharma Supply"));
        Api.as(Api.adminToken())
                .body(Map.of("name", "No flag", "status", "APPROVED"))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fdaRegistered"));
        Api.as(Api.adminToken())
                .body(Map.of("name", "Stringly", "fdaRegistered", "true", "status", "APPROVED"))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(400);
    }

    @Test
    void listsOfTheCatalogArePagedNewestFirst() {
        long older = createActive(Api.unique("Older"));
        long newer = createActive(Api.unique("Newer"));
        Api.as(Api.adminToken())
                .queryParam("size", 2)
                .get("/api/v1/ingredients")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) newer, (int) older));
        Api.as(Api.adminToken())
                .queryParam("size", 201)
                .get("/api/v1/products")
                .then()
                .statusCode(400);
        Api.as(Api.adminToken())
                .queryParam("size", 0)
                .get("/api/v1/compatibilities")
                .then()
                .statusCode(400);
        Api.as(Api.adminToken())
                .queryParam("page", -1)
                .get("/api/v1/suppliers")
                .then()
                .statusCode(400);
        Api.as(Api.adminToken())
                .get("/api/v1/ingredients")
                .then()
                .body("items", not(hasSize(0)))
                .body("size", equalTo(20))
                .body("page", equalTo(0));
        Api.as(Api.adminToken())
                .queryParam("role", "ACTIVE")
                .queryParam("size", 200)
                .get("/api/v1/ingredients")
                .then()
                .body("items.role", not(hasItems("EXCIPIENT")));
        Api.as(Api.adminToken())
                .queryParam("size", 200)
                .get("/api/v1/suppliers")
                .then()
                .statusCode(200);
        Api.as(Api.adminToken())
                .queryParam("dosageForm", "PILL")
                .get("/api/v1/compatibilities")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dosageForm"));
    }

    @Test
    void aStudyBeyondUseDateIsAPositiveWholeNumberOfDays() {
        Api.as(Api.adminToken())
                .body(Map.of(
                        "ingredientIds",
                        List.of(1, 6),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "COMPATIBLE",
                        "reference",
                        "x",
                        "studyBudDays",
                        0))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("studyBudDays"));
        Api.as(Api.adminToken())
                .body(Map.of(
                        "ingredientIds",
                        List.of(1, 6),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "COMPATIBLE",
                        "reference",
                        "x",
                        "studyBudDays",
                        1.5))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(400);
    }

    @Test
    void unknownIdsAre404() {
        Api.as(Api.adminToken()).get("/api/v1/ingredients/999999").then().statusCode(404);
        Api.as(Api.adminToken()).get("/api/v1/products/999999").then().statusCode(404);
        Api.as(Api.adminToken()).get("/api/v1/compatibilities/999999").then().statusCode(404);
        Api.as(Api.adminToken())
                .get("/api/v1/suppliers/999999")
                .then()
                .statusCode(404)
                .body("violations.code", containsInAnyOrder("NOT_FOUND"));
    }
}
