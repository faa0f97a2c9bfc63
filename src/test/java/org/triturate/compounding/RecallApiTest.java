package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

@QuarkusTest
class RecallApiTest {

    private static final String RECALLS = "/api/v1/recalls";

    private static long supplier(boolean fdaRegistered) {
        return Api.as(Api.adminToken()).body(Map.of("name", Api.unique("Supplier"), "fdaRegistered", fdaRegistered,
                "status", "APPROVED")).post("/api/v1/suppliers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A new order compounded from the sertraline lot {@code apiLot} and the MCC lot {@code baseLot}. */
    private static long compounded(String apiLot, String baseLot, long maker, long distributor) {
        Clinic clinic = Orders.clinic();
        long order = Orders.approved(Orders.submitted(clinic.prescriberToken(),
                Orders.sertralineCapsules(clinic.patientId())), Formulations.sertralineCapsules());
        Map<String, Object> body = Map.of("compoundedOn", LocalDate.now().toString(),
                "components", List.of(
                        Map.of("ingredientId", Orders.SERTRALINE, "supplierId", maker, "lotNumber", apiLot,
                                "expiresOn", LocalDate.now().plusYears(1).toString(),
                                "quantityUsed", Orders.quantity(1296.6, "mg")),
                        Map.of("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE, "supplierId", distributor,
                                "lotNumber", baseLot, "expiresOn", LocalDate.now().plusYears(1).toString(),
                                "quantityUsed", Orders.quantity(4, "g"))),
                "yield", Orders.quantity(30, "unit"));
        Api.as(Api.tokenFor("TECHNICIAN")).header("If-Match", Orders.etag(order)).body(body)
                .post("/api/v1/orders/" + order + "/compounding-record").then().statusCode(200);
        return order;
    }

    @Test
    void aRecallFindsEveryOrderPreparationAndPatientThatUsedTheLot() {
        long maker = supplier(true);
        long distributor = supplier(false);
        String sharedLot = Api.unique("SHARED");
        long first = compounded(sharedLot, Api.unique("B"), maker, distributor);
        long second = compounded(sharedLot, Api.unique("B"), maker, distributor);
        compounded(Api.unique("OTHER"), Api.unique("B"), maker, distributor);
        Api.as(Api.tokenFor("PHARMACIST")).queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", sharedLot).get(RECALLS).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.orderId", containsInAnyOrder((int) first, (int) second))
                .body("items.patient.lastName", contains("Okafor", "Okafor"))
                .body("items.orderStatus", contains("COMPOUNDED", "COMPOUNDED"));
        // the lot number belongs to one ingredient: the same text for another ingredient is another lot
        Api.as(Api.tokenFor("PHARMACIST")).queryParam("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE)
                .queryParam("lotNumber", sharedLot).get(RECALLS).then().statusCode(200).body("total", equalTo(0));
        Api.as(Api.tokenFor("PHARMACIST")).queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", "no-such-lot").get(RECALLS).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void bothParametersAreRequiredAndOnlyAPharmacistRecalls() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Api.as(pharmacist).queryParam("lotNumber", "L1").get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("ingredientId"));
        Api.as(pharmacist).queryParam("ingredientId", 1).get(RECALLS).then().statusCode(400)
                .body("violations[0].field", equalTo("lotNumber"));
        Api.as(pharmacist).queryParam("ingredientId", "one").queryParam("lotNumber", "L1").get(RECALLS).then()
                .statusCode(400);
        Api.as(Api.tokenFor("TECHNICIAN")).queryParam("ingredientId", 1).queryParam("lotNumber", "L1")
                .get(RECALLS).then().statusCode(403);
    }
}
