package org.triturate.order;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** Order intake, reading, listing, cancelling and history through the API. */
@QuarkusTest
class OrderResourceTest {

    @Test
    void aPrescriberSubmitsTheContractExample() {
        Clinic clinic = Orders.clinic();
        Response response = Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("number", matchesPattern("CO-\\d{4}-\\d{6}"))
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(0))
                .body("patientId", equalTo((int) clinic.patientId()))
                .body("prescriberId", equalTo((int) clinic.prescriberId()))
                .body("receivedVia", equalTo("ELECTRONIC"))
                .body("actives[0].ingredientId", equalTo(1))
                .body("actives[0].strength.value", equalTo(37.5f))
                .body("actives[0].strength.unit", equalTo("mg"))
                .body("quantity.value", equalTo(30))
                .body("dose.timesPerDay", equalTo(1))
                .body("refills", equalTo(2))
                .body("clinicalRationale.categories", contains("CUSTOM_STRENGTH"))
                .body("informedConsent.obtained", equalTo(true))
                .body("issuedOn", equalTo(LocalDate.now().toString()))
                .body("expiresOn", equalTo(LocalDate.now().plusYears(1).toString()))
                // sertraline's maximum is in mg, so its daily dose is too
                .body("dailyDoses[0].ingredientId", equalTo(1))
                .body("dailyDoses[0].dose.value", equalTo(37.5f))
                .body("dailyDoses[0].dose.unit", equalTo("mg"))
                // the patient's gluten allergy joins the requested dye exclusion
                .body("excludedAllergens", contains("DYE", "GLUTEN"))
                .body("checks.outcome", everyItem(oneOf("PASS", "WARN")))
                .body("checks.findAll { it.outcome == 'WARN' }.code", contains("EXCLUSION_ADDED_FOR_ALLERGY"))
                .body(
                        "checks.findAll { it.outcome == 'PASS' }.code",
                        hasItems(
                                "PATIENT_NOT_FOUND",
                                "ESSENTIALLY_A_COPY",
                                "DOSE_ABOVE_MAXIMUM",
                                "ALLERGY_CONFLICT",
                                "CONSENT_NOT_DOCUMENTED"));
        long id = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/v1/orders/" + id));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(response.jsonPath().getString("number")))
                .body("excludedAllergens", contains("DYE", "GLUTEN"));
    }

    @Test
    void orderNumbersAreUnique() {
        Clinic clinic = Orders.clinic();
        String first = Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        String second = Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        assertNotEquals(first, second);
    }

    @Test
    void reassessmentDefaultsToNinetyDaysAfterIssue() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("reassessBy");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("reassessBy", equalTo(LocalDate.now().plusDays(90).toString()));
    }

    @Test
    void aSubmissionBreakingSeveralRulesReportsThemAll() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("informedConsent");
        body.put("clinicalRationale", Orders.rationale("CUSTOM_STRENGTH", "too short"));
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 150, "mg")));
        body.put("dose", Map.of("amount", Orders.quantity(2, "unit"), "timesPerDay", 1));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body(
                        "violations.code",
                        containsInAnyOrder(
                                "CONSENT_NOT_DOCUMENTED",
                                "RATIONALE_REQUIRED",
                                // sertraline 150 mg capsules are marketed, so "custom strength" is inconsistent too
                                "RATIONALE_INCONSISTENT",
                                "ESSENTIALLY_A_COPY",
                                "DOSE_ABOVE_MAXIMUM"))
                .body("violations.find { it.code == 'CONSENT_NOT_DOCUMENTED' }.field", equalTo("informedConsent"))
                .body("violations.find { it.code == 'RATIONALE_REQUIRED' }.field", equalTo("clinicalRationale.text"));
    }

    @Test
    void aFailedSubmissionRecordsNothing() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("informedConsent");
        Orders.submit(clinic.prescriberToken(), body).then().statusCode(422);
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void inputIsStrict() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> misspelt = Orders.sertralineCapsules(clinic.patientId());
        misspelt.put("excludedAlergens", misspelt.remove("excludedAllergens"));
        Orders.submit(clinic.prescriberToken(), misspelt)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("excludedAlergens"));

        Map<String, Object> stringNumber = Orders.sertralineCapsules(clinic.patientId());
        stringNumber.put("patientId", String.valueOf(clinic.patientId()));
        Orders.submit(clinic.prescriberToken(), stringNumber)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("patientId"));

        Map<String, Object> stringStrength = Orders.sertralineCapsules(clinic.patientId());
        stringStrength.put(
                "actives", List.of(Map.of("ingredientId", 1, "strength", Map.of("value", "37.5", "unit", "mg"))));
        Orders.submit(clinic.prescriberToken(), stringStrength)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actives[0].strength.value"));

        Map<String, Object> fraction = Orders.sertralineCapsules(clinic.patientId());
        fraction.put("refills", 1.5);
        Orders.submit(clinic.prescriberToken(), fraction)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("refills"));

        Map<String, Object> unknownEnum = Orders.sertralineCapsules(clinic.patientId());
        unknownEnum.put("dosageForm", "GUMMY");
        Orders.submit(clinic.prescriberToken(), unknownEnum)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dosageForm"));

        Map<String, Object> unknownAllergen = Orders.sertralineCapsules(clinic.patientId());
        unknownAllergen.put("excludedAllergens", List.of("DYES"));
        Orders.submit(clinic.prescriberToken(), unknownAllergen).then().statusCode(400);

        Map<String, Object> unknownUnit = Orders.sertralineCapsules(clinic.patientId());
        unknownUnit.put("quantity", Orders.quantity(30, "caps"));
        Orders.submit(clinic.prescriberToken(), unknownUnit)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("quantity.unit"));

        Map<String, Object> impossibleDate = Orders.sertralineCapsules(clinic.patientId());
        impossibleDate.put("reassessBy", "2027-02-30");
        Orders.submit(clinic.prescriberToken(), impossibleDate)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reassessBy"));

        Api.as(clinic.prescriberToken())
                .body("{\"patientId\": ")
                .post("/api/v1/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as(clinic.prescriberToken()).get("/api/v1/orders").then().body("total", equalTo(0));
    }

    @Test
    void structuralFaultsAre400AndListedTogether() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("dosageForm");
        body.remove("directions");
        body.put("actives", List.of());
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("dosageForm", "directions", "actives"))
                .body("violations.code", everyItem(equalTo("INVALID_FIELD")));

        Map<String, Object> twice = Orders.sertralineCapsules(clinic.patientId());
        twice.put(
                "actives",
                List.of(Orders.active(Orders.SERTRALINE, 25, "mg"), Orders.active(Orders.SERTRALINE, 12.5, "mg")));
        Orders.submit(clinic.prescriberToken(), twice)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actives[1].ingredientId"));

        Map<String, Object> past = Orders.sertralineCapsules(clinic.patientId());
        past.put("reassessBy", LocalDate.now().minusDays(1).toString());
        Orders.submit(clinic.prescriberToken(), past)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reassessBy"));
    }

    @Test
    void aPrescriberOrdersOnlyInItsOwnName() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("prescriberId", Api.createPrescriber());
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(403)
                .body("violations[0].code", equalTo("FORBIDDEN"));
        body.put("prescriberId", clinic.prescriberId());
        Orders.submit(clinic.prescriberToken(), body).then().statusCode(201);
        body.put("receivedVia", "FAX");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("receivedVia"));
    }

    @Test
    void aPrescriberCannotOrderForAPatientItCannotSee() {
        Clinic clinic = Orders.clinic();
        long othersPatient = Orders.newPatient(Api.tokenFor("PHARMACIST"), "Other");
        Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(othersPatient))
                .then()
                .statusCode(422)
                .body("violations.code", contains("PATIENT_NOT_FOUND"))
                .body("violations[0].field", equalTo("patientId"));
    }

    @Test
    void aPharmacistTranscribesWithPrescriberAndChannel() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        long prescriberId = Api.createPrescriber();
        long patientId = Orders.newPatient(pharmacist, "Okafor");
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        Orders.submit(pharmacist, body).then().statusCode(400).body("violations[0].field", equalTo("receivedVia"));
        body.put("receivedVia", "PHONE");
        Orders.submit(pharmacist, body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("PRESCRIBER_NOT_FOUND"));
        body.put("prescriberId", 999_999);
        Orders.submit(pharmacist, body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("PRESCRIBER_NOT_FOUND"));
        body.put("prescriberId", prescriberId);
        long orderId = Orders.submitted(pharmacist, body);
        String prescriber = Api.prescriberToken(prescriberId);
        Api.as(prescriber)
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("receivedVia", equalTo("PHONE"))
                .body("prescriberId", equalTo((int) prescriberId));
        // the prescriber now sees the patient it has an order for, though a pharmacist registered it
        Api.as(prescriber).get("/api/v1/patients/" + patientId).then().statusCode(200);
        Api.as(prescriber)
                .queryParam("q", "Okafor")
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) patientId));
    }

    @Test
    void aPrescriberNeverSeesAnotherPrescribersOrders() {
        Clinic mine = Orders.clinic();
        Clinic theirs = Orders.clinic();
        long orderId = Orders.submitted(theirs.prescriberToken(), Orders.sertralineCapsules(theirs.patientId()));
        Orders.submitted(mine.prescriberToken(), Orders.sertralineCapsules(mine.patientId()));
        String etag = Orders.etag(orderId);
        Api.as(mine.prescriberToken())
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(404)
                .body("violations[0].code", equalTo("NOT_FOUND"));
        Api.as(mine.prescriberToken())
                .get("/api/v1/orders/" + orderId + "/history")
                .then()
                .statusCode(404);
        Api.as(mine.prescriberToken())
                .header("If-Match", etag)
                .body(Map.of("reason", "not mine"))
                .post("/api/v1/orders/" + orderId + "/cancel")
                .then()
                .statusCode(404);
        Api.as(mine.prescriberToken())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.prescriberId", everyItem(equalTo((int) mine.prescriberId())));
        Api.as(mine.prescriberToken())
                .queryParam("prescriberId", theirs.prescriberId())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Api.as(mine.prescriberToken())
                .queryParam("patientId", theirs.patientId())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Api.as(theirs.prescriberToken()).get("/api/v1/orders/" + orderId).then().statusCode(200);
    }

    @Test
    void listsFilterAndPage() {
        Clinic clinic = Orders.clinic();
        String pharmacist = Api.tokenFor("PHARMACIST");
        long early = Orders.submitted(clinic.prescriberToken(), withReassessBy(clinic, 10));
        long late = Orders.submitted(clinic.prescriberToken(), withReassessBy(clinic, 100));
        long cancelled = Orders.submitted(clinic.prescriberToken(), withReassessBy(clinic, 50));
        Api.as(pharmacist)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "duplicate"))
                .post("/api/v1/orders/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains((int) cancelled, (int) late, (int) early))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("status", "CANCELLED")
                .get("/api/v1/orders")
                .then()
                .body("items.id", contains((int) cancelled));
        Api.as(pharmacist)
                .queryParam("prescriberId", clinic.prescriberId())
                .queryParam("reassessDueBefore", LocalDate.now().plusDays(60).toString())
                .get("/api/v1/orders")
                .then()
                .body("items.id", contains((int) cancelled, (int) early));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/orders")
                .then()
                .body("total", equalTo(3))
                .body("items.id", contains((int) early));
        Api.as(pharmacist)
                .queryParam("status", "LOST")
                .get("/api/v1/orders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
        Api.as(pharmacist)
                .queryParam("reassessDueBefore", "soon")
                .get("/api/v1/orders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reassessDueBefore"));
        Api.as(pharmacist)
                .queryParam("patientId", "x")
                .get("/api/v1/orders")
                .then()
                .statusCode(400);
        Api.as(pharmacist).queryParam("size", 201).get("/api/v1/orders").then().statusCode(400);
    }

    @Test
    void pagesAfterAnIdWithoutAnOffset() {
        Clinic clinic = Orders.clinic();
        String pharmacist = Api.tokenFor("PHARMACIST");
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(
                    0, Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId())));
        }

        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("size", 2)
                .queryParam("afterId", newestFirst.get(1))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains(
                                newestFirst.get(2).intValue(),
                                newestFirst.get(3).intValue()))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                // the count is of every matching order, not of those after the cursor
                .body("total", equalTo(5));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("page", 0)
                .queryParam("afterId", newestFirst.get(4))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(5));
        // The same patient's orders as a PRESCRIBER caller sees them: its own, after the cursor.
        Api.as(clinic.prescriberToken())
                .queryParam("afterId", newestFirst.get(3))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(newestFirst.get(4).intValue()));
    }

    @Test
    void aWorkQueueListsTheOldestFirstAndPagesOnFromItsCursor() {
        Clinic clinic = Orders.clinic();
        String pharmacist = Api.tokenFor("PHARMACIST");
        List<Integer> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            oldestFirst.add(
                    (int) Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId())));
        }

        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("status", "SUBMITTED")
                .queryParam("sort", "OLDEST")
                .queryParam("size", 3)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(oldestFirst.get(0), oldestFirst.get(1), oldestFirst.get(2)))
                .body("total", equalTo(4));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("sort", "OLDEST")
                .queryParam("size", 3)
                .queryParam("page", 1)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(oldestFirst.get(3)));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("sort", "OLDEST")
                .queryParam("afterId", oldestFirst.get(1))
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(oldestFirst.get(2), oldestFirst.get(3)));
        Api.as(pharmacist)
                .queryParam("patientId", clinic.patientId())
                .queryParam("sort", "NEWEST")
                .queryParam("size", 1)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(oldestFirst.get(3)));
    }

    @Test
    void aStatusAloneWithACursorPagesOldestFirstToo() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Clinic clinic = Orders.clinic();
        long first = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        long second = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        Api.as(pharmacist)
                .queryParam("status", "SUBMITTED")
                .queryParam("sort", "OLDEST")
                .queryParam("afterId", first)
                .queryParam("size", 1)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) second));
    }

    @Test
    void anUnknownSortIs400() {
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("sort", "oldest-first")
                .get("/api/v1/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("sort"));
    }

    @ParameterizedTest
    @CsvSource({"afterId=0, afterId", "afterId=-3, afterId", "afterId=x, afterId", "afterId=1&page=1, page"})
    void aBadCursorOrACursorWithAPageIs400(String query, String field) {
        var request = Api.as(Api.tokenFor("PHARMACIST"));
        for (String parameter : query.split("&", -1)) {
            String[] pair = parameter.split("=", 2);
            request.queryParam(pair[0], pair[1]);
        }
        request.get("/api/v1/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo(field));
    }

    private static Map<String, Object> withReassessBy(Clinic clinic, int days) {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("reassessBy", LocalDate.now().plusDays(days).toString());
        return body;
    }

    @Test
    void cancellingNeedsTheCurrentVersion() {
        Clinic clinic = Orders.clinic();
        long id = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        String path = "/api/v1/orders/" + id + "/cancel";
        Api.as(clinic.prescriberToken())
                .body(Map.of("reason", "patient changed mind"))
                .post(path)
                .then()
                .statusCode(428)
                .body("violations[0].code", equalTo("PRECONDITION_REQUIRED"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"7\"")
                .body(Map.of("reason", "patient changed mind"))
                .post(path)
                .then()
                .statusCode(412)
                .body("violations[0].code", equalTo("VERSION_CONFLICT"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "patient changed mind"))
                .post(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CANCELLED"))
                .body("version", equalTo(1));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "again"))
                .post(path)
                .then()
                .statusCode(409)
                .body("violations[0].code", equalTo("INVALID_TRANSITION"));
    }

    @Test
    void techniciansReadButDoNotCancel() {
        Clinic clinic = Orders.clinic();
        long id = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        String technician = Api.tokenFor("TECHNICIAN");
        Api.as(technician).get("/api/v1/orders/" + id).then().statusCode(200);
        Api.as(technician)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "no"))
                .post("/api/v1/orders/" + id + "/cancel")
                .then()
                .statusCode(403);
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "prescriber called"))
                .post("/api/v1/orders/" + id + "/cancel")
                .then()
                .statusCode(200);
    }

    @Test
    void historyShowsEveryChangeOldestFirst() {
        Clinic clinic = Orders.clinic();
        long id = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        String pharmacist = Api.createUser("PHARMACIST");
        Api.as(Api.token(pharmacist, Api.PASSWORD))
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "prescriber called to cancel"))
                .post("/api/v1/orders/" + id + "/cancel")
                .then()
                .statusCode(200);
        Response history = Api.as(clinic.prescriberToken()).get("/api/v1/orders/" + id + "/history");
        history.then()
                .statusCode(200)
                .body("items.action", contains("ORDER_SUBMITTED", "ORDER_CANCELLED"))
                .body("items.fromStatus", contains(null, "SUBMITTED"))
                .body("items.toStatus", contains("SUBMITTED", "CANCELLED"))
                .body("items.note", contains(null, "prescriber called to cancel"))
                .body("items[1].actor", equalTo(pharmacist))
                .body("items.at", everyItem(not(equalTo(null))));
        assertEquals(2, history.jsonPath().getList("items").size());
    }

    @Test
    void unknownOrdersAre404() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Api.as(pharmacist).get("/api/v1/orders/999999").then().statusCode(404).contentType("application/problem+json");
        Api.as(pharmacist).get("/api/v1/orders/999999/history").then().statusCode(404);
        Api.as(pharmacist)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "x"))
                .post("/api/v1/orders/999999/cancel")
                .then()
                .statusCode(404);
    }
}
