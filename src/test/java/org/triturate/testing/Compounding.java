package org.triturate.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triturate.testing.Orders.Clinic;

/** Suppliers, compounding records and orders at each step of the pharmacy's side, for API tests. */
public final class Compounding {

    private Compounding() {}

    public static long supplier(boolean fdaRegistered, String status) {
        return Api.as(Api.adminToken())
                .body(Map.of("name", Api.unique("Supplier"), "fdaRegistered", fdaRegistered, "status", status))
                .post("/api/v1/suppliers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The contract's sertraline example, approved with a matching formulation. */
    public static long approvedOrder() {
        Clinic clinic = Orders.clinic();
        return Orders.approved(
                Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId())),
                Formulations.sertralineCapsules());
    }

    /** The record of the contract's example, today: 1296.6 mg of sertraline HCl from lot {@code apiLot}, qs MCC. */
    public static Map<String, Object> record(long apiSupplier, long excipientSupplier, String apiLot) {
        Map<String, Object> body = new HashMap<>();
        body.put("compoundedOn", LocalDate.now().toString());
        body.put(
                "components",
                new ArrayList<>(List.of(
                        component(
                                Orders.SERTRALINE,
                                apiSupplier,
                                apiLot,
                                LocalDate.now().plusYears(1),
                                1296.6,
                                "mg"),
                        component(
                                Orders.MICROCRYSTALLINE_CELLULOSE,
                                excipientSupplier,
                                Api.unique("M"),
                                LocalDate.now().plusYears(2),
                                4.2,
                                "g"))));
        body.put("yield", Orders.quantity(30, "unit"));
        body.put("qualityControl", List.of(Map.of("check", "weight variation", "result", "PASS")));
        body.put("deviationNote", null);
        return body;
    }

    public static Map<String, Object> component(
            long ingredientId, long supplierId, String lot, LocalDate expiresOn, Number quantity, String unit) {
        return Map.of(
                "ingredientId",
                ingredientId,
                "supplierId",
                supplierId,
                "lotNumber",
                lot,
                "expiresOn",
                expiresOn.toString(),
                "quantityUsed",
                Orders.quantity(quantity, unit));
    }

    /** A technician records {@code body} for the order; returns the order id. */
    public static long compounded(long orderId, Map<String, Object> body) {
        Api.as(Api.tokenFor("TECHNICIAN"))
                .header("If-Match", Orders.etag(orderId))
                .body(body)
                .post("/api/v1/orders/" + orderId + "/compounding-record")
                .then()
                .statusCode(200);
        return orderId;
    }

    /** A new order of the contract's example, compounded and released by a pharmacist. */
    public static long verifiedOrder() {
        return verified(approvedOrder());
    }

    /** The approved order, compounded by a technician and released by a pharmacist. */
    public static long verified(long approvedOrder) {
        long order = compounded(
                approvedOrder, record(supplier(true, "APPROVED"), supplier(false, "APPROVED"), Api.unique("L")));
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(order))
                .body(Map.of("decision", "RELEASE"))
                .post("/api/v1/orders/" + order + "/verification")
                .then()
                .statusCode(200);
        return order;
    }
}
