package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

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
        // A new active of its own: the shipped catalog's unknown salt factors may be sourced one day.
        long order = approvedOrderOf(Orders.newActive(Map.of()));
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

    /** An approved order of 30 capsules of 37.5 mg of {@code active}, qs microcrystalline cellulose, 3 % overage. */
    private static long approvedOrderOf(long active) {
        Clinic clinic = Orders.clinic();
        Map<String, Object> order = Orders.sertralineCapsules(clinic.patientId());
        order.put("actives", List.of(Orders.active(active, 37.5, "mg")));
        Map<String, Object> formulation = Formulations.sertralineCapsules();
        formulation.put(
                "actives", List.of(Map.of("ingredientId", active, "amountPerUnit", Orders.quantity(37.5, "mg"))));
        return Orders.approved(Orders.submitted(clinic.prescriberToken(), order), formulation);
    }

    private static void correctSaltFactor(long active, Map<String, Object> ingredient, double saltFactor) {
        String admin = Api.adminToken();
        String etag = Api.as(admin)
                .get("/api/v1/ingredients/" + active)
                .then()
                .extract()
                .header("ETag");
        ingredient.put("saltFactor", saltFactor);
        Api.as(admin)
                .header("If-Match", etag)
                .body(ingredient)
                .put("/api/v1/ingredients/" + active)
                .then()
                .statusCode(200);
    }

    @Test
    void onceCompoundedTheWorksheetIsTheOneTheRecordWasCheckedAgainst() {
        Map<String, Object> ingredient = Registry.active(Api.unique("Frozenoxetine"));
        ingredient.put("saltFactor", 1.2);
        long active = Orders.newActive(ingredient);
        long compounded = approvedOrderOf(active);
        long approved = approvedOrderOf(active);
        String pharmacist = Api.tokenFor("PHARMACIST");
        // 37.5 mg × 30 × 1.03 × 1.2 = 1390.5 mg
        String checkedAgainst = Api.as(pharmacist)
                .get(worksheet(compounded))
                .then()
                .statusCode(200)
                .body("lines[0].quantity.value", equalTo(1390.5f))
                .extract()
                .asString();
        Map<String, Object> record = Compounding.record(
                Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), "FZ1");
        List<Object> components = new ArrayList<>((List<?>) record.get("components"));
        components.set(
                0,
                Compounding.component(
                        active,
                        Compounding.supplier(true, "APPROVED"),
                        "FZ1",
                        LocalDate.now(ZoneOffset.UTC).plusYears(1),
                        1390.5,
                        "mg"));
        record.put("components", components);
        Compounding.compounded(compounded, record);

        correctSaltFactor(active, ingredient, 1.1);

        Api.as(pharmacist).get(worksheet(compounded)).then().statusCode(200).body(equalTo(checkedAgainst));
        // Not yet compounded: 37.5 mg × 30 × 1.03 × 1.1 = 1274.625 mg
        Api.as(pharmacist)
                .get(worksheet(approved))
                .then()
                .statusCode(200)
                .body("lines[0].quantity.value", equalTo(1274.6f));

        // A record stored before worksheets were kept has none: its worksheet is calculated as before.
        QuarkusTransaction.requiringNew()
                .run(() -> CompoundingRecord.<CompoundingRecord>find("orderId", compounded)
                        .firstResult()
                        .worksheet = null);
        Api.as(pharmacist)
                .get(worksheet(compounded))
                .then()
                .statusCode(200)
                .body("lines[0].quantity.value", equalTo(1274.6f));
    }
}
