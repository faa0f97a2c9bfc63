package org.triturate.regimen;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** POST/GET /api/v1/regimens and cancel, against the shipped reference catalog (api.md §7). */
@QuarkusTest
class RegimenResourceTest {

    @Test
    void aSertralineTitrationThrough31point25And37point5MgBecomesOneOrderPerStep() {
        Clinic clinic = Orders.clinic();
        LocalDate start = LocalDate.now().plusDays(5);
        Response created = Regimens.start(clinic.prescriberToken(), Regimens.sertralineTitration(clinic.patientId()));
        System.out.println("REGIMEN-EXAMPLE titration: " + created.asString());
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("number", matchesPattern("RG-\\d{4}-\\d{6}"))
                .body("kind", equalTo("TITRATION"))
                .body("status", equalTo("ACTIVE"))
                .body("prescriberId", equalTo((int) clinic.prescriberId()))
                .body("ingredientId", equalTo((int) Orders.SERTRALINE))
                .body("excludedAllergens", hasItems("DYE", "GLUTEN"))
                .body("startOn", equalTo(start.toString()))
                .body("endOn", equalTo(start.plusDays(41).toString()))
                .body("expiresOn", equalTo(LocalDate.now().plusYears(1).toString()))
                .body("steps.index", contains(1, 2))
                .body("steps.orderStatus", contains("SUBMITTED", "SUBMITTED"))
                .body("steps[0].startOn", equalTo(start.toString()))
                .body("steps[0].endOn", equalTo(start.plusDays(13).toString()))
                .body("steps[1].startOn", equalTo(start.plusDays(14).toString()))
                .body("steps[0].strength.value", equalTo(31.25f))
                .body("steps[1].strength.value", equalTo(37.5f))
                .body("steps.quantity.value", contains(14, 28))
                .body("steps.quantity.unit", contains("unit", "unit"))
                .body("steps.days", contains(14, 28))
                .body("steps[0].dose.timesPerDay", equalTo(1));
        JsonPath regimen = created.jsonPath();
        long id = regimen.getLong("id");
        created.then().header("Location", endsWith("/api/v1/regimens/" + id));

        long firstOrder = regimen.getLong("steps[0].orderId");
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + firstOrder)
                .then()
                .statusCode(200)
                .body("regimenId", equalTo((int) id))
                .body("stepIndex", equalTo(1))
                .body("number", equalTo(regimen.getString("steps[0].orderNumber")))
                .body(
                        "directions",
                        equalTo("Step 1 of 2: take 1 capsule by mouth once daily for 14 days, from " + start + " to "
                                + start.plusDays(13)))
                .body("quantity.value", equalTo(14))
                .body("daysSupply", equalTo(14))
                .body("refills", equalTo(0))
                .body("actives[0].strength.value", equalTo(31.25f))
                .body("checks.code", not(hasItem("DAYS_SUPPLY_MISMATCH")));

        // The pharmacist's queue shows both steps, labelled with their regimen and step.
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("status", "SUBMITTED")
                .queryParam("size", 200)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.findAll { it.regimenId == " + id + " }.stepIndex", containsInAnyOrder(1, 2))
                .body("items.findAll { it.regimenId == " + id + " }.directions", everyItem(startsWith("Step ")));

        Api.as(Api.tokenFor("TECHNICIAN"))
                .get("/api/v1/regimens/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(regimen.getString("number")))
                .body("steps.orderId", contains((int) firstOrder, regimen.getInt("steps[1].orderId")));
    }

    @Test
    void aVenlafaxineTaperInSmallSteps() {
        Clinic clinic = Orders.clinic();
        Response created = Regimens.start(
                clinic.prescriberToken(), Regimens.venlafaxineTaper(clinic.patientId(), 75, 56.25, 37.5, 18.75));
        System.out.println("REGIMEN-EXAMPLE taper: " + created.asString());
        created.then()
                .statusCode(201)
                .body("kind", equalTo("TAPER"))
                .body("steps.strength.value", contains(75, 56.25f, 37.5f, 18.75f))
                .body("steps.quantity.value", contains(7, 7, 7, 7))
                .body("excludedAllergens", hasItem("LACTOSE"));
        long lastOrder = created.jsonPath().getLong("steps[3].orderId");
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + lastOrder)
                .then()
                .statusCode(200)
                .body("stepIndex", equalTo(4))
                .body("directions", startsWith("Step 4 of 4: take 1 capsule by mouth once daily for 7 days"));
    }

    @Test
    void aStepThatBreaksAnOrderRuleCreatesNothing() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        // 250 mg a day is above sertraline's labelled maximum of 200 mg.
        stepsOf(body).add(Regimens.capsuleStep(250, 14));
        Response refused = Regimens.start(clinic.prescriberToken(), body);
        System.out.println("REGIMEN-EXAMPLE refused: " + refused.asString());
        refused.then()
                .statusCode(422)
                .body("violations.code", hasItem("DOSE_ABOVE_MAXIMUM"))
                .body("violations.find { it.code == 'DOSE_ABOVE_MAXIMUM' }.step", equalTo(3))
                .body("violations.find { it.code == 'DOSE_ABOVE_MAXIMUM' }.field", equalTo("steps[2]"))
                .body("violations.step", everyItem(equalTo(3)));
        assertEquals(0, Regimens.orderCount(clinic.prescriberToken(), clinic.patientId()));
        assertEquals(0, Regimens.regimenCount(clinic.prescriberToken(), clinic.patientId()));
    }

    @Test
    void everyStepFaultAndEveryScheduleFaultComeInOneAnswer() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        body.put("informedConsent", Map.of("obtained", false, "alternativesDiscussed", true));
        stepsOf(body).add(Regimens.capsuleStep(25, 14));
        Response refused = Regimens.start(clinic.prescriberToken(), body);
        refused.then()
                .statusCode(422)
                .body("violations.find { it.code == 'SCHEDULE_NOT_MONOTONIC' }.step", nullValue())
                .body("violations.findAll { it.code == 'CONSENT_NOT_DOCUMENTED' }.step", contains(1, 2, 3));
        assertEquals(0, Regimens.orderCount(clinic.prescriberToken(), clinic.patientId()));
    }

    @Test
    void scheduleRulesCarryNoStep() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> falling = Regimens.sertralineTitration(clinic.patientId());
        falling.put("steps", List.of(Regimens.capsuleStep(37.5, 14), Regimens.capsuleStep(31.25, 14)));
        Regimens.start(clinic.prescriberToken(), falling)
                .then()
                .statusCode(422)
                .body("violations.code", contains("SCHEDULE_NOT_MONOTONIC"))
                .body("violations[0].step", nullValue())
                .body("violations[0].field", equalTo("steps"));

        // The same daily dose reached another way is no step up either: 31.25 mg twice daily after 62.5 mg once.
        Map<String, Object> same = Regimens.sertralineTitration(clinic.patientId());
        Map<String, Object> twiceDaily = Regimens.capsuleStep(31.25, 14);
        twiceDaily.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 2));
        same.put("steps", List.of(Regimens.capsuleStep(62.5, 14), twiceDaily));
        Regimens.start(clinic.prescriberToken(), same)
                .then()
                .statusCode(422)
                .body("violations.code", contains("SCHEDULE_NOT_MONOTONIC"));

        // A non-scheduled active's prescription is valid for a year from writtenOn.
        Map<String, Object> tooLong = Regimens.sertralineTitration(clinic.patientId());
        tooLong.put("startOn", LocalDate.now().plusDays(340).toString());
        Regimens.start(clinic.prescriberToken(), tooLong)
                .then()
                .statusCode(422)
                .body("violations.code", contains("SCHEDULE_TOO_LONG"))
                .body("violations[0].step", nullValue());

        Map<String, Object> oneStep = Regimens.sertralineTitration(clinic.patientId());
        oneStep.put("steps", List.of(Regimens.capsuleStep(31.25, 14)));
        Regimens.start(clinic.prescriberToken(), oneStep)
                .then()
                .statusCode(422)
                .body("violations.code", contains("SCHEDULE_EMPTY"))
                .body("violations[0].step", nullValue());
        Map<String, Object> noSteps = Regimens.sertralineTitration(clinic.patientId());
        noSteps.put("steps", List.of());
        Regimens.start(clinic.prescriberToken(), noSteps)
                .then()
                .statusCode(422)
                .body("violations.code", contains("SCHEDULE_EMPTY"));
        assertEquals(0, Regimens.orderCount(clinic.prescriberToken(), clinic.patientId()));
    }

    @Test
    void structuralFaultsAre400WithTheJsonPath() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> zeroDays = Regimens.sertralineTitration(clinic.patientId());
        stepsOf(zeroDays).get(1).put("days", 0);
        badRequest(clinic, zeroDays, "steps[1].days");

        Map<String, Object> unknownKind = Regimens.sertralineTitration(clinic.patientId());
        unknownKind.put("kind", "RAMP");
        badRequest(clinic, unknownKind, "kind");

        Map<String, Object> misspelt = Regimens.sertralineTitration(clinic.patientId());
        stepsOf(misspelt).get(0).put("dayz", 14);
        badRequest(clinic, misspelt, "steps[0].dayz");

        Map<String, Object> noSteps = Regimens.sertralineTitration(clinic.patientId());
        noSteps.remove("steps");
        badRequest(clinic, noSteps, "steps");

        Map<String, Object> fractionOfADay = Regimens.sertralineTitration(clinic.patientId());
        stepsOf(fractionOfADay).get(0).put("days", 1.5);
        badRequest(clinic, fractionOfADay, "steps[0].days");

        // 500 000 000 000 mL three times a day for a year is more than any order can hold.
        Map<String, Object> tooMuch = Regimens.sertralineTitration(clinic.patientId());
        stepsOf(tooMuch)
                .get(1)
                .put("dose", Map.of("amount", Orders.quantity(500_000_000_000L, "mL"), "timesPerDay", 3));
        stepsOf(tooMuch).get(1).put("days", 366);
        badRequest(clinic, tooMuch, "steps[1].dose.amount");

        Map<String, Object> beforeWritten = Regimens.sertralineTitration(clinic.patientId());
        beforeWritten.put("startOn", LocalDate.now().minusDays(1).toString());
        badRequest(clinic, beforeWritten, "startOn");
    }

    private static void badRequest(Clinic clinic, Map<String, Object> body, String field) {
        Regimens.start(clinic.prescriberToken(), body)
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("INVALID_FIELD"))
                .body("violations.field", hasItem(field));
    }

    @Test
    void aPharmacistTranscribesForAPrescriberAndOthersMayNotStartRegimens() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        body.put("prescriberId", clinic.prescriberId());
        body.put("receivedVia", "FAX");
        Regimens.start(Api.tokenFor("PHARMACIST"), body)
                .then()
                .statusCode(201)
                .body("prescriberId", equalTo((int) clinic.prescriberId()))
                .body("receivedVia", equalTo("FAX"));

        body.remove("receivedVia");
        Regimens.start(Api.tokenFor("PHARMACIST"), body)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("receivedVia"));

        Regimens.start(Api.tokenFor("TECHNICIAN"), body).then().statusCode(403);
        Clinic other = Orders.clinic();
        Map<String, Object> inAnothersName = Regimens.sertralineTitration(other.patientId());
        inAnothersName.put("prescriberId", clinic.prescriberId());
        Regimens.start(other.prescriberToken(), inAnothersName)
                .then()
                .statusCode(403)
                .body("violations.code", contains("FORBIDDEN"));
        Api.as("not-a-token").get("/api/v1/regimens").then().statusCode(401);
    }

    @Test
    void aPrescriberSeesOnlyItsOwnRegimens() {
        Clinic clinic = Orders.clinic();
        long id = Regimens.started(clinic.prescriberToken(), Regimens.sertralineTitration(clinic.patientId()))
                .getLong("id");
        Clinic other = Orders.clinic();
        Api.as(other.prescriberToken()).get("/api/v1/regimens/" + id).then().statusCode(404);
        Api.as(other.prescriberToken())
                .get("/api/v1/regimens/" + id + "/history")
                .then()
                .statusCode(404);
        Api.as(other.prescriberToken())
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "not mine"))
                .post("/api/v1/regimens/" + id + "/cancel")
                .then()
                .statusCode(404);
        assertEquals(0, Regimens.regimenCount(other.prescriberToken(), clinic.patientId()));
        Api.as(other.prescriberToken())
                .get("/api/v1/regimens")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as(clinic.prescriberToken())
                .queryParam("patientId", clinic.patientId())
                .get("/api/v1/regimens")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].steps.size()", equalTo(2));
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("patientId", clinic.patientId())
                .get("/api/v1/regimens")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        Api.as(clinic.prescriberToken())
                .queryParam("size", 0)
                .get("/api/v1/regimens")
                .then()
                .statusCode(400);
        Api.as(clinic.prescriberToken())
                .get("/api/v1/regimens/" + (id + 100_000))
                .then()
                .statusCode(404);
    }

    @Test
    void cancellingARegimenCancelsItsStepsAndNeedsIfMatch() {
        Clinic clinic = Orders.clinic();
        JsonPath regimen = Regimens.started(
                clinic.prescriberToken(), Regimens.venlafaxineTaper(clinic.patientId(), 75, 37.5, 18.75));
        long id = regimen.getLong("id");
        String cancel = "/api/v1/regimens/" + id + "/cancel";
        Map<String, Object> reason = Map.of("reason", "Patient moved to another pharmacy");

        Api.as(clinic.prescriberToken())
                .body(reason)
                .post(cancel)
                .then()
                .statusCode(428)
                .body("violations.code", contains("PRECONDITION_REQUIRED"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"7\"")
                .body(reason)
                .post(cancel)
                .then()
                .statusCode(412)
                .body("violations.code", contains("VERSION_CONFLICT"));

        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", "\"0\"")
                .body(reason)
                .post(cancel)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CANCELLED"))
                .body("steps.orderStatus", contains("CANCELLED", "CANCELLED", "CANCELLED"));

        long firstOrder = regimen.getLong("steps[0].orderId");
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + firstOrder + "/history")
                .then()
                .statusCode(200)
                .body("items.action", contains("ORDER_SUBMITTED", "ORDER_CANCELLED"))
                .body("items[1].note", equalTo("Patient moved to another pharmacy"));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/regimens/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", contains("REGIMEN_CREATED", "REGIMEN_CANCELLED"))
                .body("items.toStatus", contains("ACTIVE", "CANCELLED"))
                .body("items[1].fromStatus", equalTo("ACTIVE"))
                .body("items[1].note", equalTo("Patient moved to another pharmacy"))
                .body("items[1].actor", notNullValue());

        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"1\"")
                .body(reason)
                .post(cancel)
                .then()
                .statusCode(409)
                .body("violations.code", contains("INVALID_TRANSITION"));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .header("If-Match", "\"1\"")
                .body(reason)
                .post(cancel)
                .then()
                .statusCode(403);
    }

    @Test
    void aRegimenIsCancelledWithoutAReasonToo() {
        Clinic clinic = Orders.clinic();
        JsonPath regimen = Regimens.started(clinic.prescriberToken(), Regimens.sertralineTitration(clinic.patientId()));
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of())
                .post("/api/v1/regimens/" + regimen.getLong("id") + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("steps.orderStatus", contains("CANCELLED", "CANCELLED"));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + regimen.getLong("steps[0].orderId") + "/history")
                .then()
                .statusCode(200)
                .body("items[-1].note", equalTo("Regimen " + regimen.getString("number") + " cancelled"));
    }

    @Test
    void aStepIsNotSentBackForChangesOnItsOwn() {
        Clinic clinic = Orders.clinic();
        long secondOrder = Regimens.started(clinic.prescriberToken(), Regimens.sertralineTitration(clinic.patientId()))
                .getLong("steps[1].orderId");
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(secondOrder))
                .body(Map.of("decision", "REQUEST_CHANGES", "reason", "Please raise the strength to 50 mg"))
                .post("/api/v1/orders/" + secondOrder + "/review")
                .then()
                .statusCode(409)
                .body("violations.code", contains("INVALID_TRANSITION"))
                .body("violations[0].message", startsWith("Step 2 of a regimen"));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + secondOrder)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aStepAlreadyCancelledOnItsOwnIsLeftAsItIs() {
        Clinic clinic = Orders.clinic();
        JsonPath regimen = Regimens.started(clinic.prescriberToken(), Regimens.sertralineTitration(clinic.patientId()));
        long firstOrder = regimen.getLong("steps[0].orderId");
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(firstOrder))
                .body(Map.of("reason", "Started on tablets instead"))
                .post("/api/v1/orders/" + firstOrder + "/cancel")
                .then()
                .statusCode(200);
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Stopped"))
                .post("/api/v1/regimens/" + regimen.getLong("id") + "/cancel")
                .then()
                .statusCode(200)
                .body("steps.orderStatus", contains("CANCELLED", "CANCELLED"));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + firstOrder + "/history")
                .then()
                .body("items.action", contains("ORDER_SUBMITTED", "ORDER_CANCELLED"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stepsOf(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("steps");
    }
}
