package org.triturate.order;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The clinical order rules through the API: prescription validity (writtenOn), whole doses, the single-dose
 * maximum, the days' supply and beyond-use warnings, moiety-aware allergies, and release types in the copy gate.
 * Catalog attributes that have no API yet are set on rows the test creates itself.
 */
@QuarkusTest
class ClinicalOrderRulesApiTest {

    private static final long VENLAFAXINE_HYDROCHLORIDE = 8;
    private static final long VENLAFAXINE_BESYLATE = 11;

    /** Today in the pharmacy's time zone (the default, UTC), as the service counts dates. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static ValidatableResponse refusedWith(Clinic clinic, Map<String, Object> body, String... codes) {
        return Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.code", containsInAnyOrder(codes));
    }

    private static ValidatableResponse accepted(Clinic clinic, Map<String, Object> body) {
        return Orders.submit(clinic.prescriberToken(), body).then().statusCode(201);
    }

    private static Map<String, Object> ketamineTroches(long patientId) {
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        body.put("dosageForm", "TROCHE");
        body.put("actives", List.of(Orders.active(Orders.KETAMINE, 50, "mg")));
        body.put("refills", 0);
        return body;
    }

    // --- writtenOn and prescription validity ---

    @Test
    void writtenOnDefaultsToTodayAndTheOrderShowsItsReleaseType() {
        Clinic clinic = Orders.clinic();
        LocalDate today = today();
        accepted(clinic, Orders.sertralineCapsules(clinic.patientId()))
                .body("writtenOn", equalTo(today.toString()))
                .body("expiresOn", equalTo(today.plusYears(1).toString()))
                .body("releaseType", equalTo("IMMEDIATE"))
                .body("checks.find { it.code == 'WRITTEN_IN_FUTURE' }.outcome", equalTo("PASS"))
                .body("checks.find { it.code == 'PRESCRIPTION_EXPIRED' }.outcome", equalTo("PASS"));
    }

    @Test
    void thePrescriptionExpiresAYearAfterItWasWritten() {
        Clinic clinic = Orders.clinic();
        LocalDate writtenOn = today().minusDays(200);
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("writtenOn", writtenOn.toString());
        accepted(clinic, body)
                .body("writtenOn", equalTo(writtenOn.toString()))
                .body("issuedOn", equalTo(today().toString()))
                .body("expiresOn", equalTo(writtenOn.plusYears(1).toString()));
        body.put("writtenOn", today().minusYears(1).minusDays(1).toString());
        refusedWith(clinic, body, "PRESCRIPTION_EXPIRED").body("violations[0].field", equalTo("writtenOn"));
    }

    @Test
    void aScheduledActivesPrescriptionExpiresAfterSixMonths() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = ketamineTroches(clinic.patientId());
        accepted(clinic, body).body("expiresOn", equalTo(today().plusMonths(6).toString()));
        // 200 days ago: still valid for a year, but more than six months
        body.put("writtenOn", today().minusDays(200).toString());
        refusedWith(clinic, body, "PRESCRIPTION_EXPIRED");
    }

    @Test
    void writtenInFuture() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("writtenOn", today().plusDays(1).toString());
        refusedWith(clinic, body, "WRITTEN_IN_FUTURE").body("violations[0].field", equalTo("writtenOn"));
    }

    @Test
    void anAmendmentIsJudgedOnItsOwnWrittenOn() {
        Clinic clinic = Orders.clinic();
        long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        requestChanges(order);
        Map<String, Object> changed = Orders.sertralineCapsules(clinic.patientId());
        changed.put("writtenOn", today().plusDays(1).toString());
        amend(clinic, order, changed).statusCode(422).body("violations.code", contains("WRITTEN_IN_FUTURE"));
        changed.put("writtenOn", today().minusYears(2).toString());
        amend(clinic, order, changed).statusCode(422).body("violations.code", contains("PRESCRIPTION_EXPIRED"));
        LocalDate writtenOn = today().minusDays(3);
        changed.put("writtenOn", writtenOn.toString());
        changed.put("releaseType", "EXTENDED");
        amend(clinic, order, changed)
                .statusCode(200)
                .body("writtenOn", equalTo(writtenOn.toString()))
                .body("expiresOn", equalTo(writtenOn.plusYears(1).toString()))
                .body("releaseType", equalTo("EXTENDED"));
    }

    @Test
    void approvalJudgesTheStoredExpiryDate() {
        Clinic clinic = Orders.clinic();
        long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        // the order has waited past its expiry for review
        QuarkusTransaction.requiringNew().run(() -> {
            CompoundingOrder stored = CompoundingOrder.findById(order);
            stored.expiresOn = today().minusDays(1);
        });
        approve(order, Formulations.sertralineCapsules())
                .statusCode(422)
                .body("violations.code", contains("PRESCRIPTION_EXPIRED"))
                .body("violations[0].field", equalTo("writtenOn"));
    }

    // --- doses ---

    @Test
    void doseNotWholeUnits() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> capsules = Orders.sertralineCapsules(clinic.patientId());
        capsules.put("dose", Map.of("amount", Orders.quantity(1.5, "unit"), "timesPerDay", 1));
        capsules.put("quantity", Orders.quantity(45, "unit"));
        refusedWith(clinic, capsules, "DOSE_NOT_WHOLE_UNITS").body("violations[0].field", equalTo("dose.amount"));
        // a tablet may be halved
        Map<String, Object> tablets = new HashMap<>(capsules);
        tablets.put("dosageForm", "TABLET");
        accepted(clinic, tablets).body("dose.amount.value", equalTo(1.5f));
    }

    @Test
    void singleDoseAboveMaximumForImmediateReleaseOnly() {
        Clinic clinic = Orders.clinic();
        long active = Orders.newActive(Map.of());
        QuarkusTransaction.requiringNew()
                .run(() -> Ingredient.<Ingredient>findById(active).maxSingleDose(Quantity.of("150", Unit.MG)));
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(active, 100, "mg")));
        body.put("dose", Map.of("amount", Orders.quantity(2, "unit"), "timesPerDay", 1));
        body.put("quantity", Orders.quantity(60, "unit"));
        refusedWith(clinic, body, "SINGLE_DOSE_ABOVE_MAXIMUM").body("violations[0].field", equalTo("actives[0]"));
        body.put("releaseType", "EXTENDED");
        accepted(clinic, body)
                .body("releaseType", equalTo("EXTENDED"))
                .body("checks.find { it.code == 'SINGLE_DOSE_ABOVE_MAXIMUM' }.detail", containsString("EXTENDED"));
        body.put("releaseType", "IMMEDIATE");
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 3));
        body.put("quantity", Orders.quantity(90, "unit"));
        accepted(clinic, body);
    }

    @Test
    void daysSupplyMismatchWarns() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("quantity", Orders.quantity(60, "unit"));
        accepted(clinic, body)
                .body("checks.find { it.code == 'DAYS_SUPPLY_MISMATCH' }.outcome", equalTo("WARN"))
                .body(
                        "checks.find { it.code == 'DAYS_SUPPLY_MISMATCH' }.detail",
                        allOf(containsString("lasts 60 days"), containsString("30-day")));
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 2));
        accepted(clinic, body).body("checks.code", not(hasItem("DAYS_SUPPLY_MISMATCH")));
    }

    @Test
    void supplyExceedsBudWarnsAtApproval() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("quantity", Orders.quantity(200, "unit"));
        body.put("daysSupply", 200);
        long order = Orders.submitted(clinic.prescriberToken(), body);
        approve(order, Formulations.sertralineCapsules())
                .statusCode(200)
                .body("checks.find { it.code == 'SUPPLY_EXCEEDS_BUD' }.outcome", equalTo("WARN"))
                .body("checks.find { it.code == 'SUPPLY_EXCEEDS_BUD' }.detail", containsString("180"));
    }

    // --- allergies ---

    @Test
    void anAllergyToAnotherSaltOfTheMoietyConflicts() {
        Clinic clinic = Orders.clinic();
        long allergicToVenlafaxine = Orders.newPatient(
                clinic,
                Map.of(
                        "allergies",
                        List.of(Map.of("ingredientId", VENLAFAXINE_HYDROCHLORIDE, "reaction", "angioedema"))));
        Map<String, Object> body = Orders.sertralineCapsules(allergicToVenlafaxine);
        body.put("actives", List.of(Orders.active(VENLAFAXINE_BESYLATE, 37.5, "mg")));
        refusedWith(clinic, body, "ALLERGY_CONFLICT")
                .body("violations[0].field", equalTo("actives[0].ingredientId"))
                .body("violations[0].message", containsString("venlafaxine"));
        body.put("patientId", clinic.patientId());
        accepted(clinic, body);
    }

    // --- release type and unknown excipients in the copy gate ---

    /** A marketed 10 mg tablet of a new active, with the release type and excipient knowledge given. */
    private static long activeWithTablet(ReleaseType releaseType, boolean allergensUnknown) {
        long active = Orders.newActive(Map.of());
        long product = Api.as(Api.adminToken())
                .body(Map.of(
                        "ingredientId",
                        active,
                        "name",
                        Api.unique("Tablets"),
                        "dosageForm",
                        "TABLET",
                        "strength",
                        Orders.quantity(10, "mg"),
                        "status",
                        "MARKETED",
                        "allergenClasses",
                        List.of(),
                        "source",
                        "test fixture"))
                .post("/api/v1/products")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            CommercialProduct stored = CommercialProduct.findById(product);
            stored.releaseType = releaseType;
            stored.allergensUnknown = allergensUnknown;
        });
        return active;
    }

    private static Map<String, Object> tenMilligramCapsules(long patientId, long active) {
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        body.put("actives", List.of(Orders.active(active, 10, "mg")));
        return body;
    }

    @Test
    void onlyAProductOfTheSameReleaseTypeMakesACopy() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body =
                tenMilligramCapsules(clinic.patientId(), activeWithTablet(ReleaseType.EXTENDED, false));
        accepted(clinic, body).body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
        body.put("releaseType", "EXTENDED");
        refusedWith(clinic, body, "ESSENTIALLY_A_COPY");
    }

    @Test
    void aProductWhoseExcipientsAreUnknownIsNotACopyWhenTheOrderExcludesSomething() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet(ReleaseType.IMMEDIATE, true);
        // the clinic's patient has a gluten allergy: gluten is an effective exclusion
        accepted(clinic, tenMilligramCapsules(clinic.patientId(), active))
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("WARN"))
                .body(
                        "checks.find { it.code == 'ESSENTIALLY_A_COPY' }.detail",
                        containsString("excipients are unknown"));
        long noAllergies = Orders.newPatient(clinic, Map.of("allergies", List.of()));
        Map<String, Object> noExclusions = tenMilligramCapsules(noAllergies, active);
        noExclusions.put("excludedAllergens", List.of());
        refusedWith(clinic, noExclusions, "ESSENTIALLY_A_COPY");
    }

    // --- helpers for review and amendment ---

    private static void requestChanges(long order) {
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(order))
                .body(Map.of("decision", "REQUEST_CHANGES", "reason", "Please confirm the date"))
                .post("/api/v1/orders/" + order + "/review")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse amend(Clinic clinic, long order, Map<String, Object> body) {
        return Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(order))
                .body(body)
                .put("/api/v1/orders/" + order)
                .then();
    }

    private static ValidatableResponse approve(long order, Map<String, Object> formulation) {
        return Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(order))
                .body(Map.of("decision", "APPROVE", "formulationId", Formulations.created(formulation)))
                .post("/api/v1/orders/" + order + "/review")
                .then();
    }
}
