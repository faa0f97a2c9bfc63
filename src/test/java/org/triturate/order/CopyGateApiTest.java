package org.triturate.order;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The "essentially a copy" gate (FDA 503A) through the API, each case on a fresh active whose only products are
 * the ones the test records: a marketed 10 mg tablet unless said otherwise.
 */
@QuarkusTest
class CopyGateApiTest {

    private static long activeWithTablet(String status, List<String> allergenClasses) {
        long active = Orders.newActive(Map.of());
        Orders.newProduct(active, "TABLET", 10, "mg", status, allergenClasses);
        return active;
    }

    private static Map<String, Object> order(Clinic clinic, long active, String form, Number mg, String category) {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dosageForm", form);
        body.put("actives", List.of(Orders.active(active, mg, "mg")));
        body.put("clinicalRationale", Orders.rationale(category, "The marketed strengths do not fit this patient"));
        return body;
    }

    private static void isACopy(Clinic clinic, Map<String, Object> body) {
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("ESSENTIALLY_A_COPY"));
    }

    private static void passes(Clinic clinic, Map<String, Object> body) {
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
    }

    @Test
    void theSameStrengthInAnotherUnitFormOfTheSameRouteIsACopy() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet("MARKETED", List.of());
        isACopy(clinic, order(clinic, active, "CAPSULE", 10, "CUSTOM_STRENGTH"));
        isACopy(clinic, order(clinic, active, "ORALLY_DISINTEGRATING_TABLET", 10, "CUSTOM_STRENGTH"));
    }

    @Test
    void aStrengthWithinTenPercentIsACopy() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet("MARKETED", List.of());
        isACopy(clinic, order(clinic, active, "CAPSULE", 10.9, "CUSTOM_STRENGTH"));
        isACopy(clinic, order(clinic, active, "CAPSULE", 11, "CUSTOM_STRENGTH"));
        isACopy(clinic, order(clinic, active, "CAPSULE", 9, "CUSTOM_STRENGTH"));
        passes(clinic, order(clinic, active, "CAPSULE", 11.1, "CUSTOM_STRENGTH"));
        passes(clinic, order(clinic, active, "CAPSULE", 8.9, "CUSTOM_STRENGTH"));
    }

    @Test
    void aMultipleOfAMarketedStrengthUpToFourIsACopy() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet("MARKETED", List.of());
        isACopy(clinic, order(clinic, active, "CAPSULE", 20, "CUSTOM_STRENGTH"));
        isACopy(clinic, order(clinic, active, "CAPSULE", 30, "CUSTOM_STRENGTH"));
        isACopy(clinic, order(clinic, active, "CAPSULE", 40, "CUSTOM_STRENGTH"));
        passes(clinic, order(clinic, active, "CAPSULE", 50, "CUSTOM_STRENGTH"));
    }

    @Test
    void discontinuedAndShortageProductsDoNotCount() {
        Clinic clinic = Orders.clinic();
        passes(clinic, order(clinic, activeWithTablet("DISCONTINUED", List.of()), "CAPSULE", 10, "CUSTOM_STRENGTH"));
        passes(clinic, order(clinic, activeWithTablet("SHORTAGE", List.of()), "CAPSULE", 10, "CUSTOM_STRENGTH"));
    }

    @Test
    void aProductContainingAnExcludedAllergenDoesNotCount() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet("MARKETED", List.of("DYE"));
        long noAllergies = Orders.newPatient(clinic, Map.of("allergies", List.of()));
        Map<String, Object> body = order(clinic, active, "CAPSULE", 10, "CUSTOM_STRENGTH");
        body.put("patientId", noAllergies);
        body.put("excludedAllergens", List.of());
        isACopy(clinic, body);
        body.put("excludedAllergens", List.of("DYE"));
        passes(clinic, body);
        // the patient's dye allergy excludes dyes as well
        long allergicToDyes = Orders.newPatient(
                clinic, Map.of("allergies", List.of(Map.of("allergenClass", "DYE", "reaction", "hives"))));
        body.put("patientId", allergicToDyes);
        body.put("excludedAllergens", List.of());
        passes(clinic, body);
    }

    @Test
    void aDocumentedDosageFormDifferenceDoesNotCount() {
        Clinic clinic = Orders.clinic();
        long active = activeWithTablet("MARKETED", List.of());
        passes(clinic, order(clinic, active, "CAPSULE", 10, "ALTERNATIVE_DOSAGE_FORM"));
        // claiming another dosage form while ordering the marketed one is still a copy, and inconsistent
        Orders.submit(clinic.prescriberToken(), order(clinic, active, "TABLET", 10, "ALTERNATIVE_DOSAGE_FORM"))
                .then()
                .statusCode(422)
                .body("violations.code", containsInAnyOrder("ESSENTIALLY_A_COPY", "RATIONALE_INCONSISTENT"));
    }

    @Test
    void anotherRouteDoesNotCount() {
        Clinic clinic = Orders.clinic();
        passes(clinic, order(clinic, activeWithTablet("MARKETED", List.of()), "TROCHE", 10, "CUSTOM_STRENGTH"));
    }
}
