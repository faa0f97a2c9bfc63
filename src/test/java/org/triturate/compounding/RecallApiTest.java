package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

@QuarkusTest
class RecallApiTest {

    private static final String RECALLS = "/api/v1/recalls";

    /** A new order compounded from the sertraline lot {@code apiLot}. */
    private static long compounded(String apiLot, long maker, long distributor) {
        return Compounding.compounded(Compounding.approvedOrder(), Compounding.record(maker, distributor, apiLot));
    }

    @Test
    void aRecallFindsEveryOrderPreparationAndPatientThatUsedTheLot() {
        long maker = Compounding.supplier(true, "APPROVED");
        long distributor = Compounding.supplier(false, "APPROVED");
        String sharedLot = Api.unique("SHARED");
        long first = compounded(sharedLot, maker, distributor);
        long second = compounded(sharedLot, maker, distributor);
        compounded(Api.unique("OTHER"), maker, distributor);
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", sharedLot)
                .get(RECALLS)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.orderId", containsInAnyOrder((int) first, (int) second))
                .body("items.patient.lastName", contains("Okafor", "Okafor"))
                .body("items.orderStatus", contains("COMPOUNDED", "COMPOUNDED"));
        // the lot number belongs to one ingredient: the same text for another ingredient is another lot
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE)
                .queryParam("lotNumber", sharedLot)
                .get(RECALLS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", "no-such-lot")
                .get(RECALLS)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void bothParametersAreRequiredAndOnlyAPharmacistRecalls() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Api.as(pharmacist)
                .queryParam("lotNumber", "L1")
                .get(RECALLS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("ingredientId"));
        Api.as(pharmacist)
                .queryParam("ingredientId", 1)
                .get(RECALLS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("lotNumber"));
        Api.as(pharmacist)
                .queryParam("ingredientId", "one")
                .queryParam("lotNumber", "L1")
                .get(RECALLS)
                .then()
                .statusCode(400);
        Api.as(Api.tokenFor("TECHNICIAN"))
                .queryParam("ingredientId", 1)
                .queryParam("lotNumber", "L1")
                .get(RECALLS)
                .then()
                .statusCode(403);
    }
}
