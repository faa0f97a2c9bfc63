package org.triturate.order;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** {@code Idempotency-Key} on POST /orders, scoped to the calling user. */
@QuarkusTest
class OrderIdempotencyTest {

    private static Response submit(String token, String key, Map<String, Object> body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).post("/api/v1/orders");
    }

    private static int orderCount(Clinic clinic) {
        return Api.as(clinic.prescriberToken())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void aRepeatCreatesNothingAndAnswersTheFirstOrder() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        long id = submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo((int) id))
                .body("status", equalTo("SUBMITTED"));
        assertEquals(1, orderCount(clinic));
    }

    @Test
    void aRepeatAnswersTheCurrentStateOfTheOrder() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        long id = submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "sent twice"))
                .post("/api/v1/orders/" + id + "/cancel")
                .then()
                .statusCode(200);
        submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("status", equalTo("CANCELLED"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void keyOrderAndSpacingOfTheBodyDoNotMatter() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        String json = "{\"patientId\": " + clinic.patientId() + ", \"dosageForm\": \"CAPSULE\", \"actives\": "
                + "[{\"ingredientId\": 1, \"strength\": {\"value\": 37.5, \"unit\": \"mg\"}}], \"quantity\": "
                + "{\"value\": 30, \"unit\": \"unit\"}, \"dose\": {\"amount\": {\"value\": 1, \"unit\": \"unit\"}, "
                + "\"timesPerDay\": 1}, \"directions\": \"Take 1 capsule daily\", \"clinicalRationale\": "
                + "{\"categories\": [\"CUSTOM_STRENGTH\"], \"text\": \"Cannot tolerate the step from 25 to 50 mg\"}, "
                + "\"informedConsent\": {\"obtained\": true, \"alternativesDiscussed\": true}}";
        String reordered = "{\"informedConsent\":{\"alternativesDiscussed\":true,\"obtained\":true},"
                + "\"clinicalRationale\":{\"text\":\"Cannot tolerate the step from 25 to 50 mg\",\"categories\":"
                + "[\"CUSTOM_STRENGTH\"]},\"directions\":\"Take 1 capsule daily\",\"dose\":{\"timesPerDay\":1,"
                + "\"amount\":{\"unit\":\"unit\",\"value\":1}},\"quantity\":{\"unit\":\"unit\",\"value\":30},"
                + "\"actives\":[{\"strength\":{\"unit\":\"mg\",\"value\":37.5},\"ingredientId\":1}],"
                + "\"dosageForm\":\"CAPSULE\",\"patientId\":" + clinic.patientId() + "}";
        long id = Api.as(clinic.prescriberToken())
                .header("Idempotency-Key", key)
                .body(json)
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.as(clinic.prescriberToken())
                .header("Idempotency-Key", key)
                .body(reordered)
                .post("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        submit(clinic.prescriberToken(), key, body).then().statusCode(201);
        body.put("refills", 1);
        submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(422)
                .body("violations[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, orderCount(clinic));
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("informedConsent");
        submit(clinic.prescriberToken(), key, body).then().statusCode(422);
        body.put("informedConsent", Orders.consent());
        submit(clinic.prescriberToken(), key, body).then().statusCode(201);
        assertEquals(1, orderCount(clinic));
    }

    @Test
    void keysBelongToTheirUser() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        long first = submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String colleague = Api.prescriberToken(clinic.prescriberId());
        long second = submit(colleague, key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(2, orderCount(clinic));
        assertEquals(false, first == second);
    }

    @Test
    void aMalformedKeyIs400() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        submit(clinic.prescriberToken(), "x".repeat(256), body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        submit(clinic.prescriberToken(), " ", body).then().statusCode(400);
        assertEquals(0, orderCount(clinic));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneOrder() throws Exception {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(() -> submit(clinic.prescriberToken(), key, body));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                statuses.add(response.statusCode());
                ids.add(response.jsonPath().getLong("id"));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(
                    requests - 1,
                    statuses.stream().filter(status -> status == 200).count(),
                    statuses.toString());
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, orderCount(clinic));
    }
}
