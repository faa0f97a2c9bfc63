package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

@QuarkusTest
class WorksheetApiTest {

    private static String worksheet(long orderId) {
        return "/api/v1/orders/" + orderId + "/worksheet";
    }

    @Test
    void theWorksheetOfTheContractsSertralineExample() {
        Clinic clinic = Orders.clinic();
        long order = Orders.approved(
                Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId())),
                Formulations.sertralineCapsules());
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get(worksheet(order))
                .then()
                .statusCode(200)
                .body("batchUnits", equalTo(30.9f))
                .body("lines.ingredientId", contains((int) Orders.SERTRALINE, (int) Orders.MICROCRYSTALLINE_CELLULOSE))
                .body("lines[0].name", equalTo("Sertraline hydrochloride"))
                .body("lines[0].quantity.value", equalTo(1296.6f))
                .body("lines[0].quantity.unit", equalTo("mg"))
                .body("lines[0].qs", equalTo(false))
                .body("lines[1].qs", equalTo(true))
                .body("lines[1].quantity", nullValue())
                .body("warnings", empty());
    }

    @Test
    void anActiveWithoutASourcedSaltFactorCannotBeWeighed() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.LIOTHYRONINE, 7.5, "ug")));
        Map<String, Object> formulation = Formulations.sertralineCapsules();
        formulation.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.LIOTHYRONINE, "amountPerUnit", Orders.quantity(7.5, "ug"))));
        long order = Orders.approved(Orders.submitted(clinic.prescriberToken(), body), formulation);
        Api.as(Api.tokenFor("PHARMACIST"))
                .get(worksheet(order))
                .then()
                .statusCode(422)
                .body("violations.code", contains("SALT_FACTOR_UNKNOWN"));
    }

    @Test
    void aSubmittedOrderHasNoWorksheetYet() {
        Clinic clinic = Orders.clinic();
        long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        Api.as(Api.tokenFor("PHARMACIST"))
                .get(worksheet(order))
                .then()
                .statusCode(409)
                .body("violations[0].code", equalTo("INVALID_TRANSITION"));
        Api.as(Api.tokenFor("PHARMACIST")).get(worksheet(999_999)).then().statusCode(404);
    }

    @Test
    void onlyThePharmacyReadsTheWorksheet() {
        Clinic clinic = Orders.clinic();
        long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        Api.as(clinic.prescriberToken()).get(worksheet(order)).then().statusCode(403);
        Api.as(Api.adminToken()).get(worksheet(order)).then().statusCode(403);
    }
}
