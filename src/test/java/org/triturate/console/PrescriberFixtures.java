package org.triturate.console;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;

/** What the prescriber screens' browser tests start from, made through the public API. */
final class PrescriberFixtures {

    private PrescriberFixtures() {}

    /**
     * A prescriber licensed in OR (with its NPI), a PRESCRIBER user of it (username, token) and a patient of its own
     * whose last name is unique, so that a search by it finds that patient only.
     */
    record Desk(long prescriberId, String npi, String username, String token, long patientId, String patientLastName) {}

    static Desk desk() {
        long prescriberId = Api.createPrescriber();
        String npi = Api.as(Api.adminToken())
                .get("/api/v1/prescribers/" + prescriberId)
                .then()
                .statusCode(200)
                .extract()
                .path("npi");
        String username = Api.prescriberUser(prescriberId);
        String token = Api.token(username, Api.PASSWORD);
        String lastName = Api.unique("Okafor");
        long patientId = Orders.newPatient(token, lastName);
        return new Desk(prescriberId, npi, username, token, patientId, lastName);
    }

    /** The contract's sertraline capsules for the desk's patient, submitted by its prescriber; returns the order. */
    static JsonPath submittedOrder(Desk desk) {
        return Orders.submit(desk.token(), Orders.sertralineCapsules(desk.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** A pharmacist sends the order back to its prescriber with that reason. */
    static void requestChanges(long orderId, String reason) {
        ConsoleApi.review(orderId, Map.of("decision", "REQUEST_CHANGES", "reason", reason));
    }

    /** The prescriber changes and resubmits an order sent back, through the API (as another tab would). */
    static void resubmit(Desk desk, long orderId) {
        Api.as(desk.token())
                .header("If-Match", Orders.etag(orderId))
                .body(Orders.sertralineCapsules(desk.patientId()))
                .put("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200);
    }

    /** The orders that user may see (for a prescriber: its own), newest first, with these query parameters. */
    static JsonPath orders(String token, Map<String, ?> query) {
        return Api.as(token)
                .queryParams(query)
                .queryParam("size", 200)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath order(String token, long orderId) {
        return Api.as(token)
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
