package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.testing.Compounding.approvedOrder;
import static org.triturate.testing.Compounding.component;
import static org.triturate.testing.Compounding.record;
import static org.triturate.testing.Compounding.supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.order.CompoundingOrder;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** Compounding record, verification and dispensing (docs/order-lifecycle.md) through the API. */
@QuarkusTest
class CompoundingApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static Map<String, Object> anyRecord() {
        return record(supplier(true, "APPROVED"), supplier(false, "APPROVED"), "L2309A");
    }

    private static ValidatableResponse post(String token, long orderId, String action, Object body) {
        var request = Api.as(token).header("If-Match", Orders.etag(orderId));
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/orders/" + orderId + "/" + action).then();
    }

    private static ValidatableResponse compound(long orderId, Map<String, Object> body) {
        return post(Api.tokenFor("TECHNICIAN"), orderId, "compounding-record", body);
    }

    @Test
    void anOrderTravelsFromSubmissionToDispensingAndItsHistoryShowsEachStep() {
        long order = approvedOrder();
        long maker = supplier(true, "APPROVED");
        compound(order, record(maker, supplier(false, "APPROVED"), "L2309A"))
                .statusCode(200)
                .body("status", equalTo("COMPOUNDED"))
                .body("compounding.preparationLot", matchesPattern("PL-\\d{4}-\\d{6}"))
                .body("compounding.compoundedOn", equalTo(TODAY.toString()))
                .body("compounding.beyondUseDate", equalTo(TODAY.plusDays(179).toString()));
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, order, "verification", Map.of("decision", "RELEASE", "note", "Checked lot and weights"))
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
        post(pharmacist, order, "dispense", null).statusCode(200).body("status", equalTo("DISPENSED"));
        Api.as(pharmacist)
                .get("/api/v1/orders/" + order + "/history")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        contains(
                                "ORDER_SUBMITTED",
                                "ORDER_APPROVED",
                                "ORDER_COMPOUNDED",
                                "ORDER_VERIFIED",
                                "ORDER_DISPENSED"))
                .body("items.toStatus", contains("SUBMITTED", "APPROVED", "COMPOUNDED", "VERIFIED", "DISPENSED"));
        post(pharmacist, order, "dispense", null).statusCode(409);
    }

    @Test
    void anEarlierLotExpiryShortensTheBeyondUseDate() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        LocalDate early = TODAY.plusDays(40);
        List<Object> components = new ArrayList<>((List<?>) body.get("components"));
        components.set(
                1, component(Orders.MICROCRYSTALLINE_CELLULOSE, supplier(false, "APPROVED"), "M78", early, 4.2, "g"));
        body.put("components", components);
        compound(order, body).statusCode(200).body("compounding.beyondUseDate", equalTo(early.toString()));
    }

    @Test
    void everyRuleOfTheRecordIsReportedAtOnce() {
        long order = approvedOrder();
        long unregistered = supplier(false, "APPROVED");
        Map<String, Object> body = record(unregistered, supplier(false, "SUSPENDED"), "L2309A");
        body.put("compoundedOn", TODAY.plusDays(1).toString());
        body.put("components", List.of(component(Orders.SERTRALINE, unregistered, "L2309A", TODAY, 1400, "mg")));
        compound(order, body)
                .statusCode(422)
                .body(
                        "violations.code",
                        contains(
                                "COMPOUNDED_IN_FUTURE",
                                "LOT_EXPIRED",
                                "SUPPLIER_NOT_APPROVED",
                                "COMPONENT_MISSING",
                                "QUANTITY_OUT_OF_TOLERANCE"));
        Api.as(Api.tokenFor("PHARMACIST"))
                .get("/api/v1/orders/" + order)
                .then()
                .body("status", equalTo("APPROVED"))
                .body("compounding", nullValue());
    }

    @Test
    void aDeviationNoteAllowsUpToTenPercent() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        List<Object> components = new ArrayList<>((List<?>) body.get("components"));
        long maker = supplier(true, "APPROVED");
        components.set(0, component(Orders.SERTRALINE, maker, "L2309A", TODAY.plusYears(1), 1400, "mg"));
        body.put("components", components);
        compound(order, body).statusCode(422).body("violations.code", contains("QUANTITY_OUT_OF_TOLERANCE"));
        body.put("deviationNote", "Capsule machine loss; weighed 8 % over");
        compound(order, body).statusCode(200);
    }

    @Test
    void aComponentOutsideTheFormulationAndAWrongYieldUnitAreRefused() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        List<Object> components = new ArrayList<>((List<?>) body.get("components"));
        components.add(component(12, supplier(false, "APPROVED"), "LAC1", TODAY.plusYears(1), 1, "g"));
        body.put("components", components);
        body.put("yield", Orders.quantity(30, "mL"));
        compound(order, body)
                .statusCode(422)
                .body("violations.code", contains("FORMULATION_MISMATCH", "INVALID_STRENGTH_UNIT"))
                .body("violations.field", contains("components[2].ingredientId", "yield.unit"));
    }

    @Test
    void whoCompoundedMayNotVerify() {
        long order = approvedOrder();
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, order, "compounding-record", anyRecord()).statusCode(200);
        post(pharmacist, order, "verification", Map.of("decision", "RELEASE"))
                .statusCode(403)
                .body("violations[0].code", equalTo("SELF_VERIFICATION"));
        post(Api.tokenFor("PHARMACIST"), order, "verification", Map.of("decision", "RELEASE"))
                .statusCode(200);
    }

    @Test
    void aRejectedPreparationIsDiscardedAndTheOrderIsCompoundedAgain() {
        long order = approvedOrder();
        long maker = supplier(true, "APPROVED");
        long distributor = supplier(false, "APPROVED");
        String firstLot = compound(order, record(maker, distributor, "L2309A"))
                .statusCode(200)
                .extract()
                .path("compounding.preparationLot");
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, order, "verification", Map.of("decision", "REJECT"))
                .statusCode(400)
                .body("violations[0].field", equalTo("note"));
        post(pharmacist, order, "verification", Map.of("decision", "REJECT", "note", "Capsules cracked"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("compounding", nullValue());
        compound(order, record(maker, distributor, "L2309A"))
                .statusCode(200)
                .body("compounding.preparationLot", not(equalTo(firstLot)));
    }

    @Test
    void aPreparationPastItsBeyondUseDateIsNotDispensed() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        body.put("compoundedOn", TODAY.minusDays(30).toString());
        List<Object> components = new ArrayList<>((List<?>) body.get("components"));
        components.set(
                1,
                component(
                        Orders.MICROCRYSTALLINE_CELLULOSE,
                        supplier(false, "APPROVED"),
                        "OLD",
                        TODAY.minusDays(1),
                        4.2,
                        "g"));
        body.put("components", components);
        compound(order, body)
                .statusCode(200)
                .body("compounding.beyondUseDate", equalTo(TODAY.minusDays(1).toString()));
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, order, "verification", Map.of("decision", "RELEASE")).statusCode(200);
        post(pharmacist, order, "dispense", null).statusCode(422).body("violations[0].code", equalTo("BUD_PASSED"));
        post(pharmacist, order, "verification", Map.of("decision", "REJECT", "note", "Past its beyond-use date"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void stepsOutOfOrderAreInvalidTransitions() {
        Clinic clinic = Orders.clinic();
        long submitted = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        compound(submitted, anyRecord()).statusCode(409).body("violations[0].code", equalTo("INVALID_TRANSITION"));
        long approved = approvedOrder();
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, approved, "verification", Map.of("decision", "RELEASE"))
                .statusCode(409);
        post(pharmacist, approved, "dispense", null).statusCode(409);
        Api.as(Api.tokenFor("TECHNICIAN"))
                .header("If-Match", "\"9\"")
                .body(anyRecord())
                .post("/api/v1/orders/" + approved + "/compounding-record")
                .then()
                .statusCode(412);
    }

    @Test
    void rolesOfThePharmacySide() {
        long order = approvedOrder();
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = anyRecord();
        post(clinic.prescriberToken(), order, "compounding-record", body).statusCode(403);
        post(Api.adminToken(), order, "compounding-record", body).statusCode(403);
        compound(order, body).statusCode(200);
        post(Api.tokenFor("TECHNICIAN"), order, "verification", Map.of("decision", "RELEASE"))
                .statusCode(403);
        post(Api.tokenFor("PHARMACIST"), order, "verification", Map.of("decision", "RELEASE"))
                .statusCode(200);
        post(Api.tokenFor("TECHNICIAN"), order, "dispense", null).statusCode(403);
    }

    /** The order's prescription expired yesterday, as if it had waited past its {@code expiresOn}. */
    private static void expire(long orderId) {
        QuarkusTransaction.requiringNew().run(() -> {
            CompoundingOrder order = CompoundingOrder.findById(orderId);
            order.expiresOn = TODAY.minusDays(1);
        });
    }

    @Test
    void anExpiredPrescriptionIsNotCompoundedReleasedOrDispensed() {
        long approved = approvedOrder();
        expire(approved);
        compound(approved, anyRecord())
                .statusCode(422)
                .body("violations.code", contains("PRESCRIPTION_EXPIRED"))
                .body("violations[0].field", equalTo("writtenOn"));

        long compounded = approvedOrder();
        compound(compounded, anyRecord()).statusCode(200);
        expire(compounded);
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, compounded, "verification", Map.of("decision", "RELEASE"))
                .statusCode(422)
                .body("violations.code", contains("PRESCRIPTION_EXPIRED"));
        post(pharmacist, compounded, "verification", Map.of("decision", "REJECT", "note", "Prescription expired"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));

        long verified = Compounding.verifiedOrder();
        expire(verified);
        post(pharmacist, verified, "dispense", null)
                .statusCode(422)
                .body("violations.code", contains("PRESCRIPTION_EXPIRED"));
    }

    @Test
    void aYieldBelowTheOrderedQuantityIsRefused() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        body.put("yield", Orders.quantity(29, "unit"));
        compound(order, body)
                .statusCode(422)
                .body("violations.code", contains("YIELD_INSUFFICIENT"))
                .body("violations[0].field", equalTo("yield"));
        body.put("yield", Orders.quantity(31, "unit"));
        compound(order, body).statusCode(200);
    }

    @Test
    void aFailedQualityCheckIsKeptAndBlocksReleaseButNotRejection() {
        long order = approvedOrder();
        Map<String, Object> body = anyRecord();
        body.put(
                "qualityControl",
                List.of(
                        Map.of("check", "weight variation", "result", "PASS"),
                        Map.of("check", "content uniformity", "result", "FAIL")));
        compound(order, body).statusCode(200).body("status", equalTo("COMPOUNDED"));
        List<QualityCheck> kept = QuarkusTransaction.requiringNew()
                .call(() -> CompoundingRecord.<CompoundingRecord>find("orderId", order)
                        .firstResult()
                        .qualityControl);
        assertEquals(QualityCheck.Result.FAIL, kept.get(1).result());
        String pharmacist = Api.tokenFor("PHARMACIST");
        post(pharmacist, order, "verification", Map.of("decision", "RELEASE"))
                .statusCode(422)
                .body("violations.code", contains("QUALITY_CONTROL_FAILED"))
                .body("violations[0].message", containsString("content uniformity"));
        post(pharmacist, order, "verification", Map.of("decision", "REJECT", "note", "Content uniformity failed"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }
}
