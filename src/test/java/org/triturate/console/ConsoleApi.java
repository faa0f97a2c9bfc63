package org.triturate.console;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/** The API calls the console's browser tests set up their data with and check the outcome of each screen by. */
final class ConsoleApi {

    /** One pharmacist reads for every check: a new user per read would only slow the tests down. */
    private static String reader;

    private ConsoleApi() {}

    static JsonPath order(long orderId) {
        return get("/api/v1/orders/" + orderId);
    }

    static JsonPath worksheet(long orderId) {
        return get("/api/v1/orders/" + orderId + "/worksheet");
    }

    static Map<String, Object> supplier(long supplierId) {
        return get("/api/v1/suppliers/" + supplierId).getMap("");
    }

    /** How the compounding record lists a supplier among its options. */
    static String supplierOption(long supplierId) {
        Map<String, Object> supplier = supplier(supplierId);
        return supplier.get("name") + " (approved"
                + (Boolean.TRUE.equals(supplier.get("fdaRegistered")) ? ", FDA-registered)" : ")");
    }

    /** A pharmacist's review decision on a SUBMITTED order, e.g. {"decision": "REQUEST_CHANGES", "reason": …}. */
    static void review(long orderId, Map<String, Object> decision) {
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(orderId))
                .body(decision)
                .post("/api/v1/orders/" + orderId + "/review")
                .then()
                .statusCode(200);
    }

    /** A last name of letters only, unique in the run, so that a patient search by it finds exactly one patient. */
    static String uniqueLastName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** The approved order, compounded by that user (the contract's example record); returns the order id. */
    static long compoundedBy(String username, long approvedOrder) {
        Api.as(Api.token(username, Api.PASSWORD))
                .header("If-Match", Orders.etag(approvedOrder))
                .body(Compounding.record(
                        Compounding.supplier(true, "APPROVED"),
                        Compounding.supplier(false, "APPROVED"),
                        Api.unique("L")))
                .post("/api/v1/orders/" + approvedOrder + "/compounding-record")
                .then()
                .statusCode(200);
        return approvedOrder;
    }

    /** A pharmacist (not the compounder) discards the preparation: the order is APPROVED again. */
    static void reject(long orderId) {
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(orderId))
                .body(Map.of("decision", "REJECT", "note", "Capsules discoloured"))
                .post("/api/v1/orders/" + orderId + "/verification")
                .then()
                .statusCode(200);
    }

    private static JsonPath get(String path) {
        if (reader == null) {
            reader = Api.tokenFor("PHARMACIST");
        }
        return Api.as(reader).get(path).then().statusCode(200).extract().jsonPath();
    }
}
