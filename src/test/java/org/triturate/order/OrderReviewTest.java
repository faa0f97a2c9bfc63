package org.triturate.order;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

/** Review and the order's PUT in CHANGES_REQUESTED. */
@QuarkusTest
class OrderReviewTest {

    private static ValidatableResponse review(String token, long orderId, Map<String, Object> body) {
        return Api.as(token)
                .header("If-Match", Orders.etag(orderId))
                .body(body)
                .post("/api/v1/orders/" + orderId + "/review")
                .then();
    }

    private static ValidatableResponse review(long orderId, Map<String, Object> body) {
        return review(Api.tokenFor("PHARMACIST"), orderId, body);
    }

    private static Map<String, Object> approve(long formulationId) {
        return Map.of("decision", "APPROVE", "formulationId", formulationId, "note", "Checked against MFR");
    }

    private static long submitted(Clinic clinic) {
        return Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
    }

    @Test
    void approvalRerunsTheChecksAndRecordsTheFormulation() {
        Clinic clinic = Orders.clinic();
        long order = submitted(clinic);
        long formulation = Formulations.created(Formulations.sertralineCapsules());
        review(order, approve(formulation))
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("APPROVED"))
                .body("formulationId", equalTo((int) formulation))
                .body("review.decision", equalTo("APPROVE"))
                .body("review.note", equalTo("Checked against MFR"))
                .body("checks.find { it.code == 'FORMULATION_MISMATCH' }.outcome", equalTo("PASS"))
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + order + "/history")
                .then()
                .statusCode(200)
                .body("items.action", contains("ORDER_SUBMITTED", "ORDER_APPROVED"))
                .body("items[1].fromStatus", equalTo("SUBMITTED"))
                .body("items[1].toStatus", equalTo("APPROVED"));
    }

    @Test
    void aFormulationOfAnotherStrengthIsAMismatch() {
        long order = submitted(Orders.clinic());
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.SERTRALINE, "amountPerUnit", Orders.quantity(25, "mg"))));
        review(order, approve(Formulations.created(body)))
                .statusCode(422)
                .body("violations.code", contains("FORMULATION_MISMATCH"))
                .body("violations[0].field", equalTo("formulationId"));
        Api.as(Api.tokenFor("PHARMACIST"))
                .get("/api/v1/orders/" + order)
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("formulationId", nullValue());
    }

    @Test
    void aRetiredVersionIsRefused() {
        long order = submitted(Orders.clinic());
        long first = Formulations.created(Formulations.sertralineCapsules());
        Api.as(Api.tokenFor("PHARMACIST"))
                .body(Formulations.sertralineCapsules())
                .post("/api/v1/formulations/" + first + "/versions")
                .then()
                .statusCode(201);
        review(order, approve(first)).statusCode(422).body("violations.code", contains("FORMULATION_RETIRED"));
    }

    @Test
    void anUnknownFormulationIsRefused() {
        long order = submitted(Orders.clinic());
        review(order, approve(999_999)).statusCode(422).body("violations.code", contains("FORMULATION_NOT_FOUND"));
    }

    @Test
    void anExcipientOfAnExcludedClassIsRestricted() {
        long order = submitted(Orders.clinic());
        Map<String, Object> dyed = Formulations.sertralineCapsules();
        dyed.put(
                "excipients",
                List.of(
                        Map.of("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE, "function", "diluent", "qs", true),
                        Map.of("ingredientId", 16, "function", "colour", "amountPerUnit", Orders.quantity(0.1, "mg"))));
        review(order, approve(Formulations.created(dyed)))
                .statusCode(422)
                .body("violations.code", contains("RESTRICTED_EXCIPIENT"));
        // wheat starch: the patient's gluten allergy is an effective exclusion too
        Map<String, Object> wheat = Formulations.sertralineCapsules();
        wheat.put("excipients", List.of(Map.of("ingredientId", 13, "function", "diluent", "qs", true)));
        review(order, approve(Formulations.created(wheat)))
                .statusCode(422)
                .body("violations.code", contains("RESTRICTED_EXCIPIENT"));
    }

    @Test
    void approvalFailsWhenTheCheckOfTheDayFails() {
        Map<String, Object> record = Registry.prescriber("Moreau");
        long prescriberId = Api.as(Api.adminToken())
                .body(record)
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String token = Api.prescriberToken(prescriberId);
        long patientId = Orders.newPatient(token, "Okafor");
        long order = Orders.submitted(token, Orders.sertralineCapsules(patientId));
        record.put("status", "INACTIVE");
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(record)
                .put("/api/v1/prescribers/" + prescriberId)
                .then()
                .statusCode(200);
        review(order, approve(Formulations.created(Formulations.sertralineCapsules())))
                .statusCode(422)
                .body("violations.code", contains("PRESCRIBER_INACTIVE"));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        Clinic clinic = Orders.clinic();
        long order = submitted(clinic);
        review(order, Map.of("decision", "REJECT")).statusCode(400).body("violations[0].field", equalTo("reason"));
        review(order, Map.of("decision", "REJECT", "reason", "Duplicate of CO-2026-000001"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("review.note", equalTo("Duplicate of CO-2026-000001"));
        review(order, Map.of("decision", "REQUEST_CHANGES", "reason", "again"))
                .statusCode(409)
                .body("violations[0].code", equalTo("INVALID_TRANSITION"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(Map.of("reason", "moot"))
                .post("/api/v1/orders/" + order + "/cancel")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyTheFieldsOfTheDecisionAreAccepted() {
        long order = submitted(Orders.clinic());
        review(order, Map.of("decision", "APPROVE"))
                .statusCode(400)
                .body("violations[0].field", equalTo("formulationId"));
        review(order, Map.of("decision", "APPROVE", "formulationId", 1, "reason", "x"))
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        review(order, Map.of("decision", "REQUEST_CHANGES", "reason", "x", "formulationId", 1))
                .statusCode(400)
                .body("violations[0].field", equalTo("formulationId"));
        review(order, Map.of("decision", "MAYBE")).statusCode(400).body("violations[0].field", equalTo("decision"));
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", "\"7\"")
                .body(Map.of("decision", "REJECT", "reason", "stale"))
                .post("/api/v1/orders/" + order + "/review")
                .then()
                .statusCode(412);
    }

    @Test
    void onlyAPharmacistReviews() {
        Clinic clinic = Orders.clinic();
        long order = submitted(clinic);
        Map<String, Object> reject = Map.of("decision", "REJECT", "reason", "not mine to decide");
        review(Api.tokenFor("TECHNICIAN"), order, reject).statusCode(403);
        review(clinic.prescriberToken(), order, reject).statusCode(403);
        review(Api.adminToken(), order, reject).statusCode(403);
    }

    @Test
    void twoPharmacistsDecidingAtOnceOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long order = submitted(Orders.clinic());
                String etag = Orders.etag(order);
                List<Callable<Integer>> decisions = new ArrayList<>();
                for (String decision : List.of("REJECT", "REQUEST_CHANGES")) {
                    String token = Api.tokenFor("PHARMACIST");
                    decisions.add(() -> Api.as(token)
                            .header("If-Match", etag)
                            .body(Map.of("decision", decision, "reason", "concurrent " + decision))
                            .post("/api/v1/orders/" + order + "/review")
                            .statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : pool.invokeAll(decisions)) {
                    statuses.add(outcome.get());
                }
                assertThat(statuses, containsInAnyOrder(200, 412));
                Api.as(Api.tokenFor("PHARMACIST"))
                        .get("/api/v1/orders/" + order + "/history")
                        .then()
                        .body("items.size()", equalTo(2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPrescriberChangesTheOrderAndItIsSubmittedAgain() {
        Clinic clinic = Orders.clinic();
        long order = submitted(clinic);
        review(order, Map.of("decision", "REQUEST_CHANGES", "reason", "Please confirm 40 mg"))
                .statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED"));
        Map<String, Object> changed = Orders.sertralineCapsules(clinic.patientId());
        changed.put("actives", List.of(Orders.active(Orders.SERTRALINE, 40, "mg")));
        String path = "/api/v1/orders/" + order;

        Map<String, Object> withoutConsent = new HashMap<>(changed);
        withoutConsent.remove("informedConsent");
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(withoutConsent)
                .put(path)
                .then()
                .statusCode(422)
                .body("violations.code", contains("CONSENT_NOT_DOCUMENTED"));
        Map<String, Object> otherPatient = new HashMap<>(changed);
        otherPatient.put("patientId", Orders.newPatient(clinic, Map.of()));
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(otherPatient)
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("patientId"));
        Api.as(Orders.clinic().prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(changed)
                .put(path)
                .then()
                .statusCode(404);
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(path)
                .then()
                .statusCode(412);

        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(changed)
                .put(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("actives[0].strength.value", equalTo(40))
                .body("dailyDoses[0].dose.value", equalTo(40))
                .body("review.decision", equalTo("REQUEST_CHANGES"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(changed)
                .put(path)
                .then()
                .statusCode(409);
        Api.as(clinic.prescriberToken())
                .get(path + "/history")
                .then()
                .body("items.action", contains("ORDER_SUBMITTED", "ORDER_CHANGES_REQUESTED", "ORDER_RESUBMITTED"))
                .body("items[2].toStatus", equalTo("SUBMITTED"));
        review(order, approve(Formulations.created(fortyMilligrams())))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    private static Map<String, Object> fortyMilligrams() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.SERTRALINE, "amountPerUnit", Orders.quantity(40, "mg"))));
        return body;
    }

    @Test
    void aTranscribingPharmacistMayChangeTheOrderButATechnicianMayNot() {
        Clinic clinic = Orders.clinic();
        long order = submitted(clinic);
        review(order, Map.of("decision", "REQUEST_CHANGES", "reason", "Phone the prescriber"))
                .statusCode(200);
        Map<String, Object> changed = Orders.sertralineCapsules(clinic.patientId());
        changed.put("receivedVia", "PHONE");
        Api.as(Api.tokenFor("TECHNICIAN"))
                .header("If-Match", Orders.etag(order))
                .body(changed)
                .put("/api/v1/orders/" + order)
                .then()
                .statusCode(403);
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(order))
                .body(changed)
                .put("/api/v1/orders/" + order)
                .then()
                .statusCode(200)
                .body("receivedVia", equalTo("PHONE"))
                .body("checks.code", hasItem("CONSENT_NOT_DOCUMENTED"));
    }
}
