package org.triturate.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Registry;

/** The clinical attributes of ingredients and products (docs/api-guide.md, "Registries and reference data"). */
@QuarkusTest
class ClinicalCatalogApiTest {

    private static ValidatableResponse post(String path, Map<String, Object> body) {
        return Api.as(Api.tokenFor("PHARMACIST")).body(body).post(path).then();
    }

    private static void refused(Map<String, Object> ingredient, String field) {
        post("/api/v1/ingredients", ingredient)
                .statusCode(400)
                .body("violations.code", contains("INVALID_FIELD"))
                .body("violations[0].field", equalTo(field));
    }

    private static Map<String, Object> excipient(String name) {
        Map<String, Object> body = Registry.active(name);
        body.put("role", "EXCIPIENT");
        return body;
    }

    private static Map<String, Object> product(long ingredientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("ingredientId", ingredientId);
        body.put("name", Api.unique("Test tablets"));
        body.put("dosageForm", "TABLET");
        body.put("strength", Map.of("value", 150, "unit", "mg"));
        body.put("status", "MARKETED");
        body.put("source", "test fixture");
        return body;
    }

    private static long newActive() {
        return post("/api/v1/ingredients", Registry.active(Api.unique("Releasine")))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void anActiveIsRecordedWithItsMoietyStrengthBasisAndSingleDoseMaximum() {
        Map<String, Object> body = Registry.active(Api.unique("Testafaxine hydrochloride"));
        body.put("activeMoiety", "  Testafaxine ");
        body.put("strengthBasis", "MOIETY");
        body.put("saltFactor", 1.131);
        body.put("maxSingleDose", Map.of("value", 200, "unit", "mg"));
        // Equal to the daily maximum in another unit: one dose may be the whole day's.
        body.put("maxDailyDose", Map.of("value", 0.2, "unit", "g"));
        post("/api/v1/ingredients", body)
                .statusCode(201)
                .body("activeMoiety", equalTo("testafaxine"))
                .body("strengthBasis", equalTo("MOIETY"))
                .body("maxSingleDose", equalTo(Map.of("value", 200, "unit", "mg")))
                .body("maxDailyDose", equalTo(Map.of("value", 0.2f, "unit", "g")));
    }

    @Test
    void aVersionOneClientLeavesTheClinicalAttributesUnknown() {
        post("/api/v1/ingredients", Registry.active(Api.unique("Plainine")))
                .statusCode(201)
                .body("activeMoiety", nullValue())
                .body("strengthBasis", nullValue())
                .body("maxSingleDose", nullValue());
        post("/api/v1/products", product(newActive()))
                .statusCode(201)
                .body("releaseType", equalTo("IMMEDIATE"))
                .body("allergensUnknown", equalTo(false));
    }

    @Test
    void aSaltStrengthBasisWithSaltFactorOneIsAccepted() {
        Map<String, Object> body = Registry.active(Api.unique("Testropion hydrochloride"));
        body.put("activeMoiety", "testropion");
        body.put("strengthBasis", "SALT");
        body.put("saltFactor", 1);
        post("/api/v1/ingredients", body).statusCode(201).body("strengthBasis", equalTo("SALT"));
    }

    @Test
    void onlyAnActiveHasAMoietyAndAStrengthBasis() {
        Map<String, Object> withMoiety = excipient(Api.unique("Moiety starch"));
        withMoiety.put("activeMoiety", "starch");
        refused(withMoiety, "activeMoiety");
        Map<String, Object> withBasis = excipient(Api.unique("Basis starch"));
        withBasis.put("strengthBasis", "SALT");
        refused(withBasis, "strengthBasis");
    }

    @Test
    void aMoietyIsANonBlankNameOfAtMost200Characters() {
        Map<String, Object> blank = Registry.active(Api.unique("Blankine"));
        blank.put("activeMoiety", "   ");
        refused(blank, "activeMoiety");
        Map<String, Object> tooLong = Registry.active(Api.unique("Longine"));
        tooLong.put("activeMoiety", "x".repeat(201));
        refused(tooLong, "activeMoiety");
        Map<String, Object> unknownBasis = Registry.active(Api.unique("Basine"));
        unknownBasis.put("strengthBasis", "BASE");
        post("/api/v1/ingredients", unknownBasis).statusCode(400);
    }

    @Test
    void aStrengthStatedAsTheSaltNeedsSaltFactorOne() {
        Map<String, Object> body = Registry.active(Api.unique("Saltine hydrochloride"));
        body.put("strengthBasis", "SALT");
        body.put("saltFactor", 1.119);
        refused(body, "saltFactor");
    }

    @Test
    void aMaximumSingleDoseIsAPositiveMassWithinTheDailyMaximum() {
        Map<String, Object> volume = Registry.active(Api.unique("Volumine"));
        volume.put("maxSingleDose", Map.of("value", 5, "unit", "mL"));
        refused(volume, "maxSingleDose.unit");
        Map<String, Object> negative = Registry.active(Api.unique("Negatine"));
        negative.put("maxSingleDose", Map.of("value", -5, "unit", "mg"));
        post("/api/v1/ingredients", negative).statusCode(400);
        Map<String, Object> aboveDaily = Registry.active(Api.unique("Abovine"));
        aboveDaily.put("maxSingleDose", Map.of("value", 201, "unit", "mg"));
        aboveDaily.put("maxDailyDose", Map.of("value", 0.2, "unit", "g"));
        refused(aboveDaily, "maxSingleDose");
    }

    @Test
    void aProductRecordsItsReleaseTypeAndWhetherItsExcipientsAreKnown() {
        Map<String, Object> body = product(newActive());
        body.put("releaseType", "EXTENDED");
        body.put("allergensUnknown", true);
        body.put("allergenClasses", List.of("GELATIN"));
        long id = post("/api/v1/products", body)
                .statusCode(201)
                .body("releaseType", equalTo("EXTENDED"))
                .body("allergensUnknown", equalTo(true))
                .body("allergenClasses", contains("GELATIN"))
                .extract()
                .jsonPath()
                .getLong("id");
        body.put("releaseType", "DELAYED");
        body.put("allergensUnknown", false);
        Api.as(Api.adminToken())
                .header("If-Match", "0")
                .body(body)
                .put("/api/v1/products/" + id)
                .then()
                .statusCode(200)
                .body("releaseType", equalTo("DELAYED"))
                .body("allergensUnknown", equalTo(false));
    }

    @Test
    void badReleaseTypesAndFlagsAre400() {
        long active = newActive();
        Map<String, Object> slow = product(active);
        slow.put("releaseType", "SLOW");
        post("/api/v1/products", slow).statusCode(400).body("violations[0].field", equalTo("releaseType"));
        Map<String, Object> stringly = product(active);
        stringly.put("allergensUnknown", "yes");
        post("/api/v1/products", stringly).statusCode(400).body("violations[0].field", equalTo("allergensUnknown"));
    }
}
