package org.triturate.order;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

/**
 * The treatment-resistant-depression cases of the domain notes against the shipped reference catalog:
 * sertraline tablets 25/50/100 mg and oral concentrate, bupropion tablets only, lithium carbonate and
 * liothyronine marketed separately, ketamine schedule III with FDA's safety notice, esketamine REMS-restricted.
 */
@QuarkusTest
class DepressionScenariosTest {

    @Test
    void aDyeFreeSertraline37point5MgCapsulePasses() {
        Clinic clinic = Orders.clinic();
        Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("excludedAllergens", hasItem("DYE"))
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
    }

    @Test
    void sertraline50MgTabletsAreACopyOfTheMarketedTablet() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dosageForm", "TABLET");
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 50, "mg")));
        body.put(
                "clinicalRationale",
                Orders.rationale("EXCIPIENT_INTOLERANCE", "Reacts to the film coating of every generic tried so far"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("ESSENTIALLY_A_COPY"))
                .body("violations[0].field", equalTo("actives[0].strength"))
                .body("violations[0].message", containsString("50 mg"));
    }

    @Test
    void aBupropionSuspensionForAPatientWhoCannotSwallowTabletsPasses() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dosageForm", "ORAL_SUSPENSION");
        body.put("actives", List.of(Orders.active(Orders.BUPROPION, 15, "mg/mL")));
        body.put("quantity", Orders.quantity(300, "mL"));
        body.put("dose", Map.of("amount", Orders.quantity(10, "mL"), "timesPerDay", 1));
        body.put("directions", "Take 10 mL by mouth every morning; shake well");
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "ALTERNATIVE_DOSAGE_FORM",
                        "Dysphagia after a stroke: cannot swallow tablets, and bupropion tablets must not be crushed"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("dailyDoses[0].dose.value", equalTo(150))
                .body("dailyDoses[0].dose.unit", equalTo("mg"))
                .body("checks.find { it.code == 'RATIONALE_INCONSISTENT' }.outcome", equalTo("PASS"));
    }

    @Test
    void lithiumAndLiothyronineInOneCapsuleNeedCompatibilityEvidence() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put(
                "actives",
                List.of(
                        Orders.active(Orders.LITHIUM_CARBONATE, 300, "mg"),
                        Orders.active(Orders.LIOTHYRONINE, 25, "mcg")));
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 2));
        body.put("quantity", Orders.quantity(60, "unit"));
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "REGIMEN_SIMPLIFICATION",
                        "Lithium and T3 augmentation in one capsule for a patient who misses doses"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("COMBINATION_NOT_DOCUMENTED"))
                .body("violations[0].field", equalTo("actives"));

        // evidence for another dosage form does not count
        recordCompatibility("ORAL_SUSPENSION", "COMPATIBLE");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("COMBINATION_NOT_DOCUMENTED"));

        recordCompatibility("CAPSULE", "COMPATIBLE");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("actives[1].strength.unit", equalTo("ug"))
                .body("dailyDoses.dose.value", contains(600, 50))
                .body("dailyDoses.dose.unit", contains("mg", "ug"))
                .body("checks.find { it.code == 'COMBINATION_NOT_DOCUMENTED' }.outcome", equalTo("PASS"));
    }

    private static void recordCompatibility(String dosageForm, String status) {
        Api.as(Api.tokenFor("PHARMACIST"))
                .body(Map.of(
                        "ingredientIds",
                        List.of(Orders.LIOTHYRONINE, Orders.LITHIUM_CARBONATE),
                        "dosageForm",
                        dosageForm,
                        "status",
                        status,
                        "reference",
                        "scenario test evidence"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(201);
    }

    @Test
    void aKetamineTrocheNeedsAScheduleThreeRegistrationInThePatientsState() {
        Map<String, Object> prescriber = Registry.prescriber("Moreau");
        prescriber.put(
                "deaRegistrations",
                List.of(Map.of(
                        "number",
                        Registry.deaNumber('M'),
                        "schedules",
                        List.of("4", "5"),
                        "state",
                        "OR",
                        "expiresOn",
                        "2099-06-30")));
        long prescriberId = Api.as(Api.adminToken())
                .body(prescriber)
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String token = Api.prescriberToken(prescriberId);
        long patientId = Orders.newPatient(token, "Okafor");
        Orders.submit(token, ketamineTroches(patientId))
                .then()
                .statusCode(422)
                .body("violations.code", contains("DEA_REGISTRATION_REQUIRED"))
                .body("violations[0].field", equalTo("actives[0].ingredientId"));
    }

    @Test
    void aKetamineTrocheFromARegisteredPrescriberPassesWithTheSafetyNoticeAndSixMonthValidity() {
        Clinic clinic = Orders.clinic();
        Orders.submit(clinic.prescriberToken(), ketamineTroches(clinic.patientId()))
                .then()
                .statusCode(201)
                .body("expiresOn", equalTo(LocalDate.now().plusMonths(6).toString()))
                .body("checks.findAll { it.outcome == 'WARN' }.code", hasItems("SAFETY_NOTICE"))
                .body("checks.find { it.code == 'SAFETY_NOTICE' }.detail", containsString("ketamine"));
    }

    @Test
    void aKetamineTrocheWithSixRefillsIsRefused() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = ketamineTroches(clinic.patientId());
        body.put("refills", 6);
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("CONTROLLED_REFILLS_EXCEEDED"));
    }

    private static Map<String, Object> ketamineTroches(long patientId) {
        Map<String, Object> body = Orders.sertralineCapsules(patientId);
        body.put("dosageForm", "TROCHE");
        body.put("actives", List.of(Orders.active(Orders.KETAMINE, 50, "mg")));
        body.put("quantity", Orders.quantity(8, "unit"));
        body.put("directions", "Dissolve 1 troche between cheek and gum as directed, in clinic only");
        body.put("refills", 0);
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "ALTERNATIVE_DOSAGE_FORM",
                        "No oral mucosal ketamine is marketed; treatment-resistant depression after four trials"));
        return body;
    }

    @Test
    void sertralineAboveItsDailyMaximumIsRefused() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 62.5, "mg")));
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 4));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("DOSE_ABOVE_MAXIMUM"))
                .body("violations[0].message", containsString("250"));
    }

    @Test
    void anEsketaminePreparationIsRefusedForItsRems() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dosageForm", "NASAL_SPRAY");
        body.put("actives", List.of(Orders.active(Orders.ESKETAMINE, 140, "mg/mL")));
        body.put("quantity", Orders.quantity(5, "mL"));
        body.put("dose", Map.of("amount", Orders.quantity(0.2, "mL"), "timesPerDay", 1));
        body.put("refills", 0);
        body.put(
                "clinicalRationale",
                Orders.rationale(
                        "ALTERNATIVE_DOSAGE_FORM", "Patient asks for a home nasal spray instead of clinic visits"));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", hasItem("REMS_RESTRICTED"))
                .body("violations.code", not(hasItem("DEA_REGISTRATION_REQUIRED")));
    }
}
