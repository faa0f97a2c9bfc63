package org.triturate.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The clinical reference data as shipped, judged through the order rules: labelled maximum doses and single doses,
 * release types in the copy gate, and products whose excipients are unknown.
 */
@QuarkusTest
class ShippedCatalogScenariosTest {

    private static final long ESCITALOPRAM = 3;
    private static final long MIRTAZAPINE = 5;

    @Test
    void fluoxetineAndEscitalopramAboveTheirLabelledMaximumAreRefused() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> fluoxetine = capsules(clinic, Orders.FLUOXETINE, 30, "CUSTOM_STRENGTH");
        fluoxetine.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 3));
        fluoxetine.put("quantity", Orders.quantity(90, "unit"));
        Orders.submit(clinic.prescriberToken(), fluoxetine)
                .then()
                .statusCode(422)
                .body("violations.code", hasItem("DOSE_ABOVE_MAXIMUM"))
                .body("violations.find { it.code == 'DOSE_ABOVE_MAXIMUM' }.message", containsString("80 mg"));
        Map<String, Object> escitalopram = capsules(clinic, ESCITALOPRAM, 12.5, "CUSTOM_STRENGTH");
        escitalopram.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 2));
        escitalopram.put("quantity", Orders.quantity(60, "unit"));
        Orders.submit(clinic.prescriberToken(), escitalopram)
                .then()
                .statusCode(422)
                .body("violations.code", hasItem("DOSE_ABOVE_MAXIMUM"))
                .body("violations.find { it.code == 'DOSE_ABOVE_MAXIMUM' }.message", containsString("20 mg"));
    }

    @Test
    void twoHundredMgOfImmediateReleaseBupropionInOneDoseIsAboveTheSingleDoseMaximum() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> immediate = capsules(clinic, Orders.BUPROPION, 200, "CUSTOM_STRENGTH");
        Orders.submit(clinic.prescriberToken(), immediate)
                .then()
                .statusCode(422)
                .body("violations.code", hasItem("SINGLE_DOSE_ABOVE_MAXIMUM"))
                .body("violations.find { it.code == 'SINGLE_DOSE_ABOVE_MAXIMUM' }.message", containsString("150 mg"));
        Map<String, Object> extended = capsules(clinic, Orders.BUPROPION, 200, "CUSTOM_STRENGTH");
        extended.put("releaseType", "EXTENDED");
        Orders.submit(clinic.prescriberToken(), extended)
                .then()
                .statusCode(422) // a copy of the marketed 200 mg SR tablet, but no single-dose refusal
                .body("violations.code", not(hasItem("SINGLE_DOSE_ABOVE_MAXIMUM")))
                .body("violations.code", hasItem("ESSENTIALLY_A_COPY"));
    }

    @Test
    void immediateReleaseBupropion150MgIsNotACopyOfTheSrAndXlTablets() {
        Clinic clinic = Orders.clinic();
        // lactose- and dye-free: the 75 mg (lactose) and 100 mg (FD&C Blue No. 2) immediate-release tablets do not
        // count
        Map<String, Object> immediate = capsules(clinic, Orders.BUPROPION, 150, "CUSTOM_STRENGTH");
        immediate.put("excludedAllergens", List.of("DYE", "LACTOSE"));
        Orders.submit(clinic.prescriberToken(), immediate)
                .then()
                .statusCode(201)
                .body("releaseType", equalTo("IMMEDIATE"))
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("PASS"));
        Map<String, Object> extended = capsules(clinic, Orders.BUPROPION, 150, "CUSTOM_STRENGTH");
        extended.put("excludedAllergens", List.of("DYE", "LACTOSE"));
        extended.put("releaseType", "EXTENDED");
        Orders.submit(clinic.prescriberToken(), extended)
                .then()
                .statusCode(422)
                .body("violations.code", hasItem("ESSENTIALLY_A_COPY"))
                .body(
                        "violations.find { it.code == 'ESSENTIALLY_A_COPY' }.message",
                        containsString("SR tablets 150 mg"));
    }

    @Test
    void mirtazapineTabletsWhoseExcipientsAreUnknownDoNotMakeADyeFreeOrderACopy() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = capsules(clinic, MIRTAZAPINE, 7.5, "EXCIPIENT_INTOLERANCE");
        body.put("dosageForm", "TABLET");
        body.put("directions", "Take 1 tablet by mouth at bedtime");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("checks.find { it.code == 'ESSENTIALLY_A_COPY' }.outcome", equalTo("WARN"))
                .body(
                        "checks.find { it.code == 'ESSENTIALLY_A_COPY' }.detail",
                        containsString("Mirtazapine tablets 7.5 mg"));
    }

    /** A dye-free capsule order of one active, one capsule a day, for the clinic's patient. */
    private static Map<String, Object> capsules(Clinic clinic, long ingredientId, Number strengthMg, String rationale) {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(ingredientId, strengthMg, "mg")));
        body.put(
                "clinicalRationale",
                Orders.rationale(rationale, "Needs a strength and excipients no marketed product offers"));
        return body;
    }
}
