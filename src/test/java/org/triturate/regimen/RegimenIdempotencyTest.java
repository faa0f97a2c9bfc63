package org.triturate.regimen;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** {@code Idempotency-Key} on POST /regimens, scoped to the calling user, as on POST /orders. */
@QuarkusTest
class RegimenIdempotencyTest {

    private static Response start(String token, String key, Map<String, Object> body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).post("/api/v1/regimens");
    }

    @Test
    void aRepeatCreatesNothingAndAnswersTheRegimenFirstCreated() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        long id = start(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        start(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo((int) id))
                .body("status", equalTo("ACTIVE"))
                .body("steps.orderStatus", contains("SUBMITTED", "SUBMITTED"));

        Map<String, Object> other = Regimens.sertralineTitration(clinic.patientId());
        other.put("startOn", LocalDate.now().plusDays(6).toString());
        start(clinic.prescriberToken(), key, other)
                .then()
                .statusCode(422)
                .body("violations.code", contains("IDEMPOTENCY_KEY_REUSED"));

        assertEquals(1, Regimens.regimenCount(clinic.prescriberToken(), clinic.patientId()));
        assertEquals(2, Regimens.orderCount(clinic.prescriberToken(), clinic.patientId()));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        body.put("steps", List.of(Regimens.capsuleStep(31.25, 14)));
        start(clinic.prescriberToken(), key, body).then().statusCode(422);
        start(clinic.prescriberToken(), key, Regimens.sertralineTitration(clinic.patientId()))
                .then()
                .statusCode(201);
    }

    @Test
    void aKeyIsScopedToTheUser() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        start(clinic.prescriberToken(), key, body).then().statusCode(201);
        start(Api.prescriberToken(clinic.prescriberId()), key, body).then().statusCode(201);
        assertEquals(2, Regimens.regimenCount(clinic.prescriberToken(), clinic.patientId()));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneRegimen() throws Exception {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("key");
        Map<String, Object> body = Regimens.sertralineTitration(clinic.patientId());
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(() -> start(clinic.prescriberToken(), key, body));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                statuses.add(response.statusCode());
                ids.add(response.jsonPath().getLong("id"));
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
            assertEquals(
                    requests - 1,
                    statuses.stream().filter(status -> status == 200).count(),
                    statuses::toString);
            assertEquals(1, ids.size(), ids::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Regimens.regimenCount(clinic.prescriberToken(), clinic.patientId()));
        assertEquals(2, Regimens.orderCount(clinic.prescriberToken(), clinic.patientId()));
    }
}
