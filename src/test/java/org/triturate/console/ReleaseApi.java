package org.triturate.console;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/** The API calls the release screens' browser tests set up and check with. */
final class ReleaseApi {

    /** One pharmacist reads for every check: a new user per read would only slow the tests down. */
    private static String reader;

    private ReleaseApi() {}

    static JsonPath order(long orderId) {
        return get("/api/v1/orders/" + orderId);
    }

    static JsonPath worksheet(long orderId) {
        return get("/api/v1/orders/" + orderId + "/worksheet");
    }

    static Map<String, Object> supplier(long supplierId) {
        return get("/api/v1/suppliers/" + supplierId).getMap("");
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
