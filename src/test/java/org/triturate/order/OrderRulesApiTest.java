package org.triturate.order;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

/**
 * One test per rule code of the contract's check table, through the API and the real database: each breaks its
 * rule in an otherwise valid order (the contract example) and expects exactly that code, and the PASS path of
 * every rationale category. The rules' own edge cases are unit-tested in org.triturate.order.rule.
 */
@QuarkusTest
class OrderRulesApiTest {

    private static ValidatableResponse refusedWith(Clinic clinic, Map<String, Object> body, String... codes) {
        return Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.code", containsInAnyOrder(codes));
    }

    @Test
    void patientNotFound() {
        Clinic clinic = Orders.clinic();
        refusedWith(clinic, Orders.sertralineCapsules(999_999), "PATIENT_NOT_FOUND");
        Map<String, Object> noPatient = Orders.sertralineCapsules(clinic.patientId());
        noPatient.remove("patientId");
        refusedWith(clinic, noPatient, "PATIENT_NOT_FOUND").body("violations[0].field", equalTo("patientId"));
    }

    @Test
    void prescriberNotFound() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        long patientId = Orders.newPatient(pharmacist, "Okafor");
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        body.put("receivedVia", "FAX");
        body.put("prescriberId", 999_999);
        Orders.submit(pharmacist, body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("PRESCRIBER_NOT_FOUND"))
                .body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void ingredientNotFound() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(999_999, 10, "mg")));
        refusedWith(clinic, body, "INGREDIENT_NOT_FOUND")
                .body("violations[0].field", equalTo("actives[0].ingredientId"));
    }

    @Test
    void notAnActive() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.MICROCRYSTALLINE_CELLULOSE, 100, "mg")));
        refusedWith(clinic, body, "NOT_AN_ACTIVE").body("violations[0].field", equalTo("actives[0].ingredientId"));
    }

    @Test
    void invalidStrengthUnit() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 7, "mg/mL")));
        body.put("quantity", Orders.quantity(30, "mL"));
        refusedWith(clinic, body, "INVALID_STRENGTH_UNIT", "INVALID_STRENGTH_UNIT")
                .body("violations.field", containsInAnyOrder("actives[0].strength.unit", "quantity.unit"));
    }

    @Test
    void prescriberInactive() {
        Map<String, Object> record = Registry.prescriber("Moreau");
        long prescriberId = Api.as(Api.adminToken())
                .body(record)
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Clinic clinic = clinicOf(prescriberId);
        record.put("status", "INACTIVE");
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(record)
                .put("/api/v1/prescribers/" + prescriberId)
                .then()
                .statusCode(200);
        refusedWith(clinic, Orders.sertralineCapsules(clinic.patientId()), "PRESCRIBER_INACTIVE")
                .body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void prescriberNotLicensedInThePatientsState() {
        Clinic clinic = Orders.clinic();
        long washingtonPatient = Orders.newPatient(
                clinic,
                Map.of(
                        "address",
                        Map.of("line", "1 Pine St", "city", "Olympia", "state", "WA", "postalCode", "98501")));
        refusedWith(clinic, Orders.sertralineCapsules(washingtonPatient), "PRESCRIBER_NOT_LICENSED")
                .body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void aLicenceIsValidThroughItsExpiryDate() {
        Clinic expiresToday = clinicOf(prescriberWith(LocalDate.now(), "ACTIVE"));
        Orders.submit(expiresToday.prescriberToken(), Orders.sertralineCapsules(expiresToday.patientId()))
                .then()
                .statusCode(201);
        Clinic expiredYesterday = clinicOf(prescriberWith(LocalDate.now().minusDays(1), "ACTIVE"));
        refusedWith(
                expiredYesterday, Orders.sertralineCapsules(expiredYesterday.patientId()), "PRESCRIBER_NOT_LICENSED");
        Clinic suspended = clinicOf(prescriberWith(LocalDate.now().plusYears(1), "SUSPENDED"));
        refusedWith(suspended, Orders.sertralineCapsules(suspended.patientId()), "PRESCRIBER_NOT_LICENSED");
    }

    private static long prescriberWith(LocalDate licenceExpiry, String licenceStatus) {
        Map<String, Object> record = Registry.prescriber("Moreau");
        record.put(
                "licenses",
                List.of(Map.of(
                        "state",
                        "OR",
                        "number",
                        "MD-1",
                        "status",
                        licenceStatus,
                        "expiresOn",
                        licenceExpiry.toString())));
        return Api.as(Api.adminToken())
                .body(record)
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static Clinic clinicOf(long prescriberId) {
        String token = Api.prescriberToken(prescriberId);
        long patientId = Orders.newPatient(token, "Okafor");
        return new Clinic(prescriberId, token, patientId);
    }

    @Test
    void deaRegistrationRequiredInThePatientsState() {
        Map<String, Object> record = Registry.prescriber("Moreau");
        record.put(
                "licenses",
                List.of(Map.of("state", "OR", "number", "MD-1", "status", "ACTIVE", "expiresOn", "2099-12-31")));
        record.put(
                "deaRegistrations",
                List.of(Map.of(
                        "number",
                        Registry.deaNumber('M'),
                        "schedules",
                        List.of("3", "4", "5"),
                        "state",
                        "WA",
                        "expiresOn",
                        "2099-06-30")));
        long prescriberId = Api.as(Api.adminToken())
                .body(record)
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Clinic clinic = clinicOf(prescriberId);
        refusedWith(clinic, ketamine(clinic.patientId()), "DEA_REGISTRATION_REQUIRED");
    }

    @Test
    void controlledRefillsExceeded() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = ketamine(clinic.patientId());
        body.put("refills", 5);
        Orders.submit(clinic.prescriberToken(), body).then().statusCode(201);
        body.put("refills", 6);
        refusedWith(clinic, body, "CONTROLLED_REFILLS_EXCEEDED").body("violations[0].field", equalTo("refills"));
    }

    @Test
    void patientAddressRequiredForAControlledActive() {
        Clinic clinic = Orders.clinic();
        long stateOnly = Orders.newPatient(clinic, Map.of("address", Map.of("state", "OR")));
        refusedWith(clinic, ketamine(stateOnly), "PATIENT_ADDRESS_REQUIRED")
                .body("violations[0].field", equalTo("patientId"));
        // a non-controlled active needs only the state
        Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(stateOnly))
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> ketamine(long patientId) {
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        body.put("dosageForm", "TROCHE");
        body.put("actives", List.of(Orders.active(Orders.KETAMINE, 50, "mg")));
        body.put("refills", 0);
        return body;
    }

    @Test
    void withdrawnForSafety() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.newActive(Map.of("withdrawnForSafety", true)), 10, "mg")));
        refusedWith(clinic, body, "WITHDRAWN_FOR_SAFETY")
                .body("violations[0].field", equalTo("actives[0].ingredientId"));
    }

    @Test
    void remsRestricted() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.newActive(Map.of("remsRestricted", true)), 10, "mg")));
        refusedWith(clinic, body, "REMS_RESTRICTED");
    }

    @Test
    void rationaleRequired() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> none = Orders.sertralineCapsules(clinic.patientId());
        none.remove("clinicalRationale");
        refusedWith(clinic, none, "RATIONALE_REQUIRED", "RATIONALE_REQUIRED");
        Map<String, Object> noCategory = Orders.sertralineCapsules(clinic.patientId());
        noCategory.put(
                "clinicalRationale",
                Map.of("categories", List.of(), "text", "Cannot tolerate the step from 25 mg to 50 mg"));
        refusedWith(clinic, noCategory, "RATIONALE_REQUIRED")
                .body("violations[0].field", equalTo("clinicalRationale.categories"));
        Map<String, Object> shortText = Orders.sertralineCapsules(clinic.patientId());
        // 19 non-whitespace characters, padded with spaces
        shortText.put("clinicalRationale", Orders.rationale("CUSTOM_STRENGTH", "needs   a   lower   dose   now"));
        refusedWith(clinic, shortText, "RATIONALE_REQUIRED")
                .body("violations[0].field", equalTo("clinicalRationale.text"));
    }

    @Test
    void rationaleInconsistent() {
        Clinic clinic = Orders.clinic();
        long noAllergies = Orders.newPatient(clinic, Map.of("allergies", List.of()));
        Map<String, Object> body = Orders.sertralineCapsules(noAllergies);
        body.put("excludedAllergens", List.of());
        body.put(
                "clinicalRationale",
                Orders.rationale("EXCIPIENT_INTOLERANCE", "Intolerant of the excipients of every generic"));
        refusedWith(clinic, body, "RATIONALE_INCONSISTENT")
                .body("violations[0].field", equalTo("clinicalRationale.categories"));
        // the patient's own allergen classes are effective exclusions
        body.put("patientId", clinic.patientId());
        Orders.submit(clinic.prescriberToken(), body).then().statusCode(201);
    }

    @Test
    void essentiallyACopy() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 100, "mg")));
        refusedWith(clinic, body, "ESSENTIALLY_A_COPY");
    }

    @Test
    void doseAboveMaximum() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 40, "mg")));
        // exactly sertraline's maximum of 200 mg a day
        body.put("dose", Map.of("amount", Orders.quantity(5, "unit"), "timesPerDay", 1));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("dailyDoses[0].dose.value", equalTo(200));
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 6));
        refusedWith(clinic, body, "DOSE_ABOVE_MAXIMUM").body("violations[0].field", equalTo("actives[0]"));
    }

    @Test
    void combinationNotDocumentedAndIncompatible() {
        Clinic clinic = Orders.clinic();
        long first = Orders.newActive(Map.of());
        long second = Orders.newActive(Map.of());
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(first, 10, "mg"), Orders.active(second, 20, "mg")));
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "REGIMEN_SIMPLIFICATION", "Two daily capsules instead of four tablets at different times"));
        refusedWith(clinic, body, "COMBINATION_NOT_DOCUMENTED");
        Orders.newCompatibility(second, first, "CAPSULE", "INCOMPATIBLE");
        refusedWith(clinic, body, "COMBINATION_NOT_DOCUMENTED", "COMBINATION_INCOMPATIBLE")
                .body("violations.field", contains("actives", "actives"));
    }

    @Test
    void allergyConflict() {
        Clinic clinic = Orders.clinic();
        long allergicToSertraline = Orders.newPatient(
                clinic,
                Map.of("allergies", List.of(Map.of("ingredientId", Orders.SERTRALINE, "reaction", "angioedema"))));
        refusedWith(clinic, Orders.sertralineCapsules(allergicToSertraline), "ALLERGY_CONFLICT")
                .body("violations[0].field", equalTo("actives[0].ingredientId"));
        // an active carrying an allergen class of the patient's allergies (gluten, from the default patient)
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put(
                "actives",
                List.of(Orders.active(Orders.newActive(Map.of("allergenClasses", List.of("GLUTEN"))), 10, "mg")));
        refusedWith(clinic, body, "ALLERGY_CONFLICT");
    }

    @Test
    void consentNotDocumented() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> missing = Orders.sertralineCapsules(clinic.patientId());
        missing.remove("informedConsent");
        refusedWith(clinic, missing, "CONSENT_NOT_DOCUMENTED").body("violations[0].field", equalTo("informedConsent"));
        Map<String, Object> notObtained = Orders.sertralineCapsules(clinic.patientId());
        Map<String, Object> consent = new HashMap<>(Orders.consent());
        consent.put("obtained", false);
        notObtained.put("informedConsent", consent);
        refusedWith(clinic, notObtained, "CONSENT_NOT_DOCUMENTED")
                .body("violations[0].field", equalTo("informedConsent.obtained"));
        Map<String, Object> noAlternatives = Orders.sertralineCapsules(clinic.patientId());
        noAlternatives.put("informedConsent", Map.of("obtained", true));
        refusedWith(clinic, noAlternatives, "CONSENT_NOT_DOCUMENTED")
                .body("violations[0].field", equalTo("informedConsent.alternativesDiscussed"));
    }

    @Test
    void theWarningsNeverBlock() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dosageForm", "TROCHE");
        body.put("actives", List.of(Orders.active(Orders.KETAMINE, 25, "mg")));
        body.put("refills", 0);
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body(
                        "checks.findAll { it.outcome == 'WARN' }.code",
                        containsInAnyOrder("EXCLUSION_ADDED_FOR_ALLERGY", "SAFETY_NOTICE"));
        body.put("excludedAllergens", List.of("DYE", "GLUTEN"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("checks.findAll { it.outcome == 'WARN' }.code", contains("SAFETY_NOTICE"));
    }

    // --- the PASS path of each rationale category ---

    @Test
    void customStrengthPasses() {
        Clinic clinic = Orders.clinic();
        Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .body("clinicalRationale.categories", contains("CUSTOM_STRENGTH"));
    }

    @Test
    void alternativeDosageFormPasses() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        // sertraline is marketed as tablets, capsules and an oral concentrate, but not as troches
        body.put("dosageForm", "TROCHE");
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 50, "mg")));
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "ALTERNATIVE_DOSAGE_FORM", "Chokes on tablets and capsules; a troche dissolves in the mouth"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("clinicalRationale.categories", contains("ALTERNATIVE_DOSAGE_FORM"));
    }

    @Test
    void excipientIntolerancePasses() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        // escitalopram's marketed oral solution contains parabens and sorbitol
        body.put("dosageForm", "ORAL_SOLUTION");
        body.put("actives", List.of(Orders.active(3, 1, "mg/mL")));
        body.put("excludedAllergens", List.of("PARABEN", "SORBITOL"));
        body.put("quantity", Orders.quantity(300, "mL"));
        body.put("dose", Map.of("amount", Orders.quantity(10, "mL"), "timesPerDay", 1));
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "EXCIPIENT_INTOLERANCE", "Urticaria with paraben-preserved liquids; cannot swallow tablets"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("excludedAllergens", contains("GLUTEN", "SORBITOL", "PARABEN"))
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
    }

    @Test
    void regimenSimplificationPasses() {
        Clinic clinic = Orders.clinic();
        long first = Orders.newActive(Map.of());
        long second = Orders.newActive(Map.of());
        Orders.newCompatibility(first, second, "CAPSULE", "COMPATIBLE");
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(first, 10, "mg"), Orders.active(second, 20, "mg")));
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "REGIMEN_SIMPLIFICATION", "Two daily capsules instead of four tablets at different times"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("actives.ingredientId", contains((int) first, (int) second));
    }
}
