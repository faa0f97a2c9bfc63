package org.triturate.common;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;
import org.triturate.testing.Registry;

/** A date MariaDB cannot store (after 9999-12-31 or before 1000-01-01) is a 400 on its field, never a 500. */
@QuarkusTest
class StorableDatesTest {

    @Test
    void aDateAfterYear9999InABodyIsRefused() {
        Orders.Clinic clinic = Orders.clinic();
        Map<String, Object> order = Orders.sertralineCapsules(clinic.patientId());
        order.put("reassessBy", "+10000-01-01");
        Orders.submit(clinic.prescriberToken(), order)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reassessBy"));
        Map<String, Object> patient = Registry.patient("Okafor");
        patient.put("birthDate", "0999-12-31");
        Api.as(clinic.prescriberToken())
                .body(patient)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("birthDate"));
    }

    @Test
    void aLotExpiringAfterYear9999IsRefused() {
        long order = Compounding.approvedOrder();
        Map<String, Object> body = Compounding.record(
                Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), "L1");
        body.put(
                "components",
                List.of(
                        ((List<?>) body.get("components")).get(0),
                        Map.of(
                                "ingredientId",
                                Orders.MICROCRYSTALLINE_CELLULOSE,
                                "supplierId",
                                Compounding.supplier(false, "APPROVED"),
                                "lotNumber",
                                "M",
                                "expiresOn",
                                "+10000-01-01",
                                "quantityUsed",
                                Orders.quantity(4, "g"))));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .header("If-Match", Orders.etag(order))
                .body(body)
                .post("/api/v1/orders/" + order + "/compounding-record")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("components[1].expiresOn"));
    }

    @Test
    void aQueryDateAfterYear9999IsRefused() {
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("reassessDueBefore", "+10000-01-01")
                .get("/api/v1/orders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reassessDueBefore"));
    }
}
