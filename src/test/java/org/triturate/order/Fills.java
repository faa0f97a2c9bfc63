package org.triturate.order;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/**
 * Orders walked to DISPENSED through the API (approved with a formulation, compounded from the worksheet's weights,
 * released, dispensed) and refilled, for the refill tests; "time passes" by moving the recorded dispensing back.
 */
final class Fills {

    private static String pharmacist;

    private Fills() {}

    /** One pharmacist for the reads and refills of a test run. */
    static synchronized String pharmacist() {
        if (pharmacist == null) {
            pharmacist = Api.tokenFor("PHARMACIST");
        }
        return pharmacist;
    }

    /** The pharmacy's today in the test profile (UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The order, SUBMITTED, approved with {@code formulation} and taken to DISPENSED; returns its id. */
    static long dispensed(long orderId, Map<String, Object> formulation) {
        Orders.approved(orderId, formulation);
        String pharmacist = pharmacist();
        JsonPath worksheet = Api.as(pharmacist)
                .get("/api/v1/orders/" + orderId + "/worksheet")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long activeSupplier = Compounding.supplier(true, "APPROVED");
        long excipientSupplier = Compounding.supplier(false, "APPROVED");
        List<Map<String, Object>> components = new ArrayList<>();
        List<Map<String, Object>> lines = worksheet.getList("lines");
        for (Map<String, Object> line : lines) {
            long ingredientId = ((Number) line.get("ingredientId")).longValue();
            boolean qs = Boolean.TRUE.equals(line.get("qs"));
            @SuppressWarnings("unchecked")
            Map<String, Object> weight = (Map<String, Object>) line.get("quantity");
            components.add(Compounding.component(
                    ingredientId,
                    qs ? excipientSupplier : activeSupplier,
                    Api.unique("L"),
                    today().plusYears(1),
                    qs ? 4.2 : (Number) weight.get("value"),
                    qs ? "g" : (String) weight.get("unit")));
        }
        JsonPath order = Api.as(pharmacist)
                .get("/api/v1/orders/" + orderId)
                .then()
                .extract()
                .jsonPath();
        Map<String, Object> record = new HashMap<>();
        record.put("compoundedOn", today().toString());
        record.put("components", components);
        record.put("yield", order.getMap("quantity"));
        record.put("qualityControl", List.of(Map.of("check", "weight variation", "result", "PASS")));
        Compounding.compounded(orderId, record);
        Api.as(pharmacist)
                .header("If-Match", Orders.etag(orderId))
                .body(Map.of("decision", "RELEASE"))
                .post("/api/v1/orders/" + orderId + "/verification")
                .then()
                .statusCode(200);
        Api.as(pharmacist)
                .header("If-Match", Orders.etag(orderId))
                .post("/api/v1/orders/" + orderId + "/dispense")
                .then()
                .statusCode(200);
        return orderId;
    }

    /** Moves the recorded dispensing of the order {@code days} days back. */
    static void dispensedDaysAgo(long orderId, int days) {
        QuarkusTransaction.requiringNew().run(() -> {
            CompoundingOrder order = CompoundingOrder.findById(orderId);
            CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
            record.dispensedAt = Instant.now().minus(days, ChronoUnit.DAYS);
        });
    }

    /** A pharmacist's refill of the order with its current ETag. */
    static Response refill(long orderId, Map<String, Object> body) {
        return Api.as(pharmacist())
                .header("If-Match", Orders.etag(orderId))
                .body(body)
                .post("/api/v1/orders/" + orderId + "/refill");
    }

    /** The new fill's id after a refill that must succeed. */
    static long refilled(long orderId) {
        return refill(orderId, Map.of())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static JsonPath read(long orderId) {
        return Api.as(pharmacist())
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath history(long orderId) {
        return Api.as(pharmacist())
                .get("/api/v1/orders/" + orderId + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
