package org.triturate.formulation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;

@QuarkusTest
class FormulationResourceTest {

    private static final String FORMULATIONS = "/api/v1/formulations";

    private static ValidatableResponse create(Map<String, Object> body) {
        return Api.as(Api.tokenFor("PHARMACIST")).body(body).post(FORMULATIONS).then();
    }

    private static ValidatableResponse revise(long id, Map<String, Object> body) {
        return Api.as(Api.tokenFor("PHARMACIST"))
                .body(body)
                .post(FORMULATIONS + "/" + id + "/versions")
                .then();
    }

    @Test
    void aPharmacistCreatesTheFirstVersionOfARecord() {
        ExtractableResponse<Response> created =
                create(Formulations.sertralineCapsules()).statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(FORMULATIONS + "/" + id), created.header("Location"));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get(FORMULATIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("recordNumber", matchesPattern("MFR-\\d{6}"))
                .body("versionNumber", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("dosageForm", equalTo("CAPSULE"))
                .body("actives[0].ingredientId", equalTo((int) Orders.SERTRALINE))
                .body("actives[0].amountPerUnit.value", equalTo(37.5f))
                .body("actives[0].amountPerUnit.unit", equalTo("mg"))
                .body("excipients[0].qs", equalTo(true))
                .body("excipients[0].amountPerUnit", nullValue())
                .body("excipients[0].function", equalTo("diluent"))
                .body("preparationType", equalTo("NONAQUEOUS_SOLID"))
                .body("storage", equalTo("ROOM_TEMPERATURE"))
                .body("budDays", equalTo(180))
                .body("budSource", equalTo("USP_DEFAULT"))
                .body("overagePercent", equalTo(3))
                .body("containerClosure", equalTo("Amber tight light-resistant vial"))
                .body("steps", contains("Weigh sertraline HCl and MCC", "Mix geometrically", "Fill size 3 capsules"))
                .body("qualityControl", contains("weight variation"))
                .body("auxiliaryLabels", contains("Do not stop taking suddenly"));
    }

    @Test
    void aNewVersionRetiresThePreviousOneAndKeepsTheRecordNumber() {
        long first = Formulations.created(Formulations.sertralineCapsules());
        Map<String, Object> revised = Formulations.sertralineCapsules();
        revised.put("overagePercent", 5);
        ExtractableResponse<Response> second =
                revise(first, revised).statusCode(201).extract();
        long secondId = second.jsonPath().getLong("id");
        assertTrue(second.header("Location").endsWith(FORMULATIONS + "/" + secondId));
        String recordNumber = Api.as(Api.tokenFor("PHARMACIST"))
                .get(FORMULATIONS + "/" + first)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("overagePercent", equalTo(3))
                .extract()
                .path("recordNumber");
        assertEquals(recordNumber, second.path("recordNumber"));
        assertEquals(2, (int) second.path("versionNumber"));
        assertEquals("ACTIVE", second.path("status"));
        assertEquals(5, (int) second.path("overagePercent"));
        // only the newest version can be revised
        revise(first, revised).statusCode(409).body("violations[0].code", equalTo("INVALID_TRANSITION"));
        long thirdId = revise(secondId, revised)
                .statusCode(201)
                .body("versionNumber", equalTo(3))
                .extract()
                .jsonPath()
                .getLong("id");
        // every version of the record, newest first, and nothing of another record
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("recordNumber", recordNumber)
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) thirdId, (int) secondId, (int) first))
                .body("items.status", contains("ACTIVE", "RETIRED", "RETIRED"))
                .body("total", equalTo(3));
    }

    @Test
    void aRecordNumberFilterTooLongOrNotCleanIs400() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Api.as(pharmacist)
                .queryParam("recordNumber", "MFR-" + "0".repeat(17))
                .get(FORMULATIONS)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("recordNumber"));
        Api.as(pharmacist)
                .queryParam("recordNumber", "MFR-000001")
                .queryParam("status", "RETIRED")
                .queryParam("dosageForm", "NASAL_SPRAY")
                .get(FORMULATIONS)
                .then()
                .statusCode(200);
    }

    @Test
    void twoPharmacistsRevisingOneVersionAtOnceCreateOneNextVersion() throws Exception {
        long first = Formulations.created(Formulations.sertralineCapsules());
        String tokenA = Api.tokenFor("PHARMACIST");
        String tokenB = Api.tokenFor("PHARMACIST");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (String token : List.of(tokenA, tokenB)) {
                attempts.add(() -> Api.as(token)
                        .body(Formulations.sertralineCapsules())
                        .post(FORMULATIONS + "/" + first + "/versions")
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : pool.invokeAll(attempts)) {
                statuses.add(outcome.get());
            }
            assertThat(statuses, containsInAnyOrder(201, 409));
        } finally {
            pool.shutdownNow();
        }
        String recordNumber =
                Api.as(tokenA).get(FORMULATIONS + "/" + first).then().extract().path("recordNumber");
        Api.as(tokenA)
                .queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("size", 100)
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.recordNumber == '" + recordNumber + "' }.versionNumber",
                        containsInAnyOrder(1, 2))
                .body(
                        "items.findAll { it.recordNumber == '" + recordNumber + "' && it.status == 'ACTIVE' }.size()",
                        equalTo(1));
    }

    @Test
    void theListFiltersByIngredientDosageFormAndStatus() {
        Map<String, Object> suspension = bupropionSuspension();
        long id = Formulations.created(suspension);
        String pharmacist = Api.tokenFor("PHARMACIST");
        Api.as(pharmacist)
                .queryParam("ingredientId", Orders.BUPROPION)
                .queryParam("dosageForm", "ORAL_SUSPENSION")
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.dosageForm", everyItem(equalTo("ORAL_SUSPENSION")));
        Api.as(pharmacist)
                .queryParam("ingredientId", Orders.SERTRALINE)
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as(pharmacist)
                .queryParam("dosageForm", "CAPSULE")
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as(pharmacist)
                .queryParam("status", "RETIRED")
                .get(FORMULATIONS)
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("RETIRED")));
        Api.as(pharmacist)
                .queryParam("dosageForm", "PILL")
                .get(FORMULATIONS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dosageForm"));
    }

    private static Map<String, Object> bupropionSuspension() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("name", "Bupropion 15 mg/mL oral suspension");
        body.put("dosageForm", "ORAL_SUSPENSION");
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.BUPROPION, "amountPerUnit", Orders.quantity(15, "mg/mL"))));
        body.put("excipients", List.of(Map.of("ingredientId", 28, "function", "suspending vehicle", "qs", true)));
        body.put("preparationType", "AQUEOUS_NONPRESERVED");
        body.put("storage", "REFRIGERATED");
        body.put("budDays", 14);
        return body;
    }

    @Test
    void thePreparationTypeMustFitTheDosageForm() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("preparationType", "NONAQUEOUS_ORAL_LIQUID");
        body.put("budDays", 90);
        create(body)
                .statusCode(422)
                .body("violations.code", contains("PREPARATION_TYPE_MISMATCH"))
                .body("violations[0].field", equalTo("preparationType"));
    }

    @Test
    void aNonpreservedAqueousPreparationMustBeRefrigerated() {
        Map<String, Object> body = bupropionSuspension();
        body.put("storage", "ROOM_TEMPERATURE");
        create(body).statusCode(422).body("violations.code", contains("STORAGE_REQUIRES_REFRIGERATION"));
    }

    @Test
    void aBudAboveTheUspDefaultNeedsAStudyOrMonographWithAReference() {
        Map<String, Object> body = bupropionSuspension();
        body.put("budDays", 15);
        create(body).statusCode(422).body("violations.code", contains("BUD_EXCEEDS_DEFAULT"));
        body.put("budSource", "STABILITY_STUDY");
        create(body).statusCode(422).body("violations.code", contains("BUD_EXCEEDS_DEFAULT"));
        body.put("budReference", "In-house stability study SS-2026-04, 30 days refrigerated");
        create(body).statusCode(201).body("budDays", equalTo(15));
    }

    @Test
    void noEvidenceTakesANonsterileBudBeyond180Days() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("budDays", 181);
        body.put("budSource", "STABILITY_STUDY");
        body.put("budReference", "Stability study SS-2026-09: 365 days at 25 °C");
        create(body)
                .statusCode(422)
                .body("violations.code", contains("BUD_EXCEEDS_DEFAULT"))
                .body("violations[0].field", equalTo("budDays"));
        Map<String, Object> suspension = bupropionSuspension();
        suspension.put("budDays", 181);
        suspension.put("budSource", "USP_MONOGRAPH");
        suspension.put("budReference", "USP-NF compounded preparation monograph");
        create(suspension).statusCode(422).body("violations.code", contains("BUD_EXCEEDS_DEFAULT"));
        suspension.put("budDays", 180);
        create(suspension).statusCode(201).body("budDays", equalTo(180));
    }

    @Test
    void anAnhydrousTopicalTakesTheNonaqueousDefaultOf180Days() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("name", "Ketamine 50 mg/g anhydrous gel");
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.KETAMINE, "amountPerUnit", Orders.quantity(50, "mg/g"))));
        body.put("excipients", List.of());
        body.put("preparationType", "NONAQUEOUS_SOLID");
        body.put("budDays", 180);
        for (String topical : List.of("TOPICAL_GEL", "TOPICAL_CREAM")) {
            body.put("dosageForm", topical);
            create(body)
                    .statusCode(201)
                    .body("dosageForm", equalTo(topical))
                    .body("preparationType", equalTo("NONAQUEOUS_SOLID"));
        }
        body.put("dosageForm", "NASAL_SPRAY");
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.KETAMINE, "amountPerUnit", Orders.quantity(50, "mg/mL"))));
        create(body).statusCode(422).body("violations.code", contains("PREPARATION_TYPE_MISMATCH"));
    }

    @Test
    void everyViolationComesBackTogether() {
        Map<String, Object> body = bupropionSuspension();
        body.put("storage", "ROOM_TEMPERATURE");
        body.put("budDays", 60);
        body.put(
                "actives",
                List.of(
                        Map.of(
                                "ingredientId",
                                Orders.MICROCRYSTALLINE_CELLULOSE,
                                "amountPerUnit",
                                Orders.quantity(15, "mg")),
                        Map.of("ingredientId", 999_999, "amountPerUnit", Orders.quantity(1, "mg/mL"))));
        create(body)
                .statusCode(422)
                .body(
                        "violations.code",
                        contains(
                                "NOT_AN_ACTIVE",
                                "INVALID_STRENGTH_UNIT",
                                "INGREDIENT_NOT_FOUND",
                                "STORAGE_REQUIRES_REFRIGERATION",
                                "BUD_EXCEEDS_DEFAULT"))
                .body(
                        "violations.field",
                        contains(
                                "actives[0].ingredientId",
                                "actives[0].amountPerUnit.unit",
                                "actives[1].ingredientId",
                                "storage",
                                "budDays"));
    }

    @Test
    void anExcipientIsEitherQsOrHasAnAmount() {
        Map<String, Object> both = Formulations.sertralineCapsules();
        both.put(
                "excipients",
                List.of(Map.of(
                        "ingredientId",
                        Orders.MICROCRYSTALLINE_CELLULOSE,
                        "function",
                        "diluent",
                        "qs",
                        true,
                        "amountPerUnit",
                        Orders.quantity(100, "mg"))));
        create(both).statusCode(400).body("violations[0].field", equalTo("excipients[0]"));
        Map<String, Object> neither = Formulations.sertralineCapsules();
        neither.put(
                "excipients",
                List.of(Map.of("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE, "function", "diluent")));
        create(neither).statusCode(400).body("violations[0].field", equalTo("excipients[0]"));
        Map<String, Object> measured = Formulations.sertralineCapsules();
        measured.put(
                "excipients",
                List.of(Map.of(
                        "ingredientId",
                        Orders.MICROCRYSTALLINE_CELLULOSE,
                        "function",
                        "diluent",
                        "amountPerUnit",
                        Orders.quantity(150, "mg"))));
        create(measured)
                .statusCode(201)
                .body("excipients[0].amountPerUnit.value", equalTo(150))
                .body("excipients[0].qs", equalTo(false));
    }

    @Test
    void inputIsStrict() {
        Map<String, Object> unknown = Formulations.sertralineCapsules();
        unknown.put("budDayz", 10);
        create(unknown).statusCode(400);
        Map<String, Object> stringNumber = Formulations.sertralineCapsules();
        stringNumber.put("budDays", "180");
        create(stringNumber).statusCode(400).body("violations[0].field", equalTo("budDays"));
        Map<String, Object> unknownType = Formulations.sertralineCapsules();
        unknownType.put("preparationType", "POWDER");
        create(unknownType).statusCode(400).body("violations[0].field", equalTo("preparationType"));
        Map<String, Object> noSteps = Formulations.sertralineCapsules();
        noSteps.put("steps", List.of());
        create(noSteps).statusCode(400).body("violations[0].field", equalTo("steps"));
        Map<String, Object> negativeOverage = Formulations.sertralineCapsules();
        negativeOverage.put("overagePercent", -1);
        create(negativeOverage).statusCode(400).body("violations[0].field", equalTo("overagePercent"));
    }

    @Test
    void theLongestAllowedTextsAreStored() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        List<String> steps = Collections.nCopies(100, "é".repeat(2000));
        body.put("steps", steps);
        body.put("qualityControl", Collections.nCopies(50, "ü".repeat(500)));
        long id = create(body).statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.tokenFor("PHARMACIST"))
                .get(FORMULATIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("steps.size()", equalTo(100))
                .body("steps[99]", equalTo("é".repeat(2000)));
        body.put("steps", Collections.nCopies(101, "step"));
        create(body).statusCode(400).body("violations[0].field", equalTo("steps"));
    }

    @Test
    void anUnknownVersionIs404() {
        Api.as(Api.tokenFor("PHARMACIST")).get(FORMULATIONS + "/999999").then().statusCode(404);
        revise(999_999, Formulations.sertralineCapsules()).statusCode(404);
    }
}
