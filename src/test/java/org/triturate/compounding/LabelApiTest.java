package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;

@QuarkusTest
class LabelApiTest {

    private static final String FEDERAL_CAUTION = "Caution: Federal law prohibits the transfer of this drug to any"
            + " person other than the patient for whom it was prescribed.";

    private static String label(long orderId) {
        return "/api/v1/orders/" + orderId + "/label";
    }

    private static JsonPath json(long orderId) {
        return Api.as(Api.tokenFor("PHARMACIST"))
                .get(label(orderId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The PDF's text with every run of white space as one space: a long line wraps onto the next. */
    private static String pdfText(long orderId) throws IOException {
        byte[] pdf = Api.as(Api.tokenFor("PHARMACIST"))
                .accept("application/pdf")
                .get(label(orderId))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void assertPrints(String text, String... expected) {
        for (String line : expected) {
            assertTrue(text.contains(line), () -> "'" + line + "' missing from the PDF text:\n" + text);
        }
    }

    /**
     * A clinic's order of 30 capsules of {@code strengthMg} of one active, approved with a matching capsule
     * formulation, compounded from the worksheet's weight and released by a pharmacist.
     */
    private static long releasedCapsules(long ingredientId, double strengthMg) {
        Orders.Clinic clinic = Orders.clinic();
        Map<String, Object> order = Orders.sertralineCapsules(clinic.patientId());
        order.put("actives", List.of(Orders.active(ingredientId, strengthMg, "mg")));
        Map<String, Object> formulation = Formulations.sertralineCapsules();
        formulation.put("name", "Capsules of ingredient " + ingredientId);
        formulation.put(
                "actives",
                List.of(Map.of("ingredientId", ingredientId, "amountPerUnit", Orders.quantity(strengthMg, "mg"))));
        long orderId = Orders.approved(Orders.submitted(clinic.prescriberToken(), order), formulation);
        String pharmacist = Api.tokenFor("PHARMACIST");
        JsonPath worksheet = Api.as(pharmacist)
                .get("/api/v1/orders/" + orderId + "/worksheet")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> record = Compounding.record(
                Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), Api.unique("L"));
        @SuppressWarnings("unchecked")
        List<Object> components = (List<Object>) record.get("components");
        components.set(
                0,
                Compounding.component(
                        ingredientId,
                        Compounding.supplier(true, "APPROVED"),
                        Api.unique("L"),
                        LocalDate.now().plusYears(1),
                        worksheet.getDouble("lines[0].quantity.value"),
                        worksheet.getString("lines[0].quantity.unit")));
        Compounding.compounded(orderId, record);
        Api.as(pharmacist)
                .header("If-Match", Orders.etag(orderId))
                .body(Map.of("decision", "RELEASE"))
                .post("/api/v1/orders/" + orderId + "/verification")
                .then()
                .statusCode(200);
        return orderId;
    }

    @Test
    void theLabelOfAReleasedPreparation() {
        long order = Compounding.verifiedOrder();
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get(label(order))
                .then()
                .statusCode(200)
                .body("pharmacy.name", equalTo("Triturate Demo Pharmacy"))
                .body("pharmacy.phone", equalTo("+1 503 555 0100"))
                .body("orderNumber", startsWith("CO-"))
                .body("prescriptionNumber", startsWith("CO-"))
                .body("filledOn", equalTo(LocalDate.now().toString()))
                .body("patient.name", equalTo("Sam Okafor"))
                .body("dosageForm", equalTo("CAPSULE"))
                .body("quantity.value", equalTo(30))
                .body("directions", equalTo("Take 1 capsule by mouth once daily"))
                .body("storage", equalTo("ROOM_TEMPERATURE"))
                .body("auxiliaryLabels", contains("Do not stop taking suddenly"))
                .body("federalCaution", nullValue())
                .body("statement", equalTo("This is a compounded preparation."));
    }

    @Test
    void aStrengthOfTheBaseIsNamedAfterTheMoietyWithTheSaltAfterIt() throws IOException {
        long order = Compounding.verifiedOrder();
        JsonPath json = Api.as(Api.tokenFor("PHARMACIST"))
                .get(label(order))
                .then()
                .statusCode(200)
                .body("actives[0].name", equalTo("Sertraline"))
                .body("actives[0].strength.value", equalTo(37.5f))
                .body("actives[0].suppliedAs", equalTo("sertraline hydrochloride"))
                .extract()
                .jsonPath();
        assertEquals(json.getString("orderNumber"), json.getString("prescriptionNumber"));
        String text = pdfText(order);
        assertPrints(
                text,
                json.getString("pharmacy.name"),
                "Rx " + json.getString("prescriptionNumber"),
                "Filled " + json.getString("filledOn"),
                json.getString("patient.name"),
                json.getString("prescriber.name"),
                "Sertraline 37.5 mg (as sertraline hydrochloride)",
                json.getString("directions"),
                json.getString("preparationLot"),
                json.getString("beyondUseDate"),
                "ROOM_TEMPERATURE",
                "Do not stop taking suddenly",
                "This is a compounded preparation.");
        assertFalse(text.contains("hydrochloride 37.5"), () -> "a salt named next to a base strength:\n" + text);
        assertFalse(text.contains("Caution"), () -> "a federal caution for an unscheduled active:\n" + text);
    }

    @Test
    void aStrengthOfTheSaltIsNamedAfterTheSalt() throws IOException {
        long order = releasedCapsules(Orders.BUPROPION, 50);
        Api.as(Api.tokenFor("PHARMACIST"))
                .get(label(order))
                .then()
                .statusCode(200)
                .body("actives[0].name", equalTo("Bupropion hydrochloride"))
                .body("actives[0].suppliedAs", nullValue())
                .body("federalCaution", nullValue());
        assertPrints(pdfText(order), "Bupropion hydrochloride 50 mg");
    }

    @Test
    void aScheduledActiveCarriesTheFederalCaution() throws IOException {
        long scheduled = Orders.newActive(Map.of("deaSchedule", "3", "saltFactor", 1));
        long order = releasedCapsules(scheduled, 10);
        JsonPath json = json(order);
        assertEquals(FEDERAL_CAUTION, json.getString("federalCaution"));
        assertPrints(
                pdfText(order),
                FEDERAL_CAUTION,
                json.getString("actives[0].name") + " 10 mg",
                "Rx " + json.getString("prescriptionNumber"),
                "Filled " + json.getString("filledOn"));
    }

    @Test
    void aPreparationNotYetReleasedHasNoLabel() {
        long order = Compounding.approvedOrder();
        Api.as(Api.tokenFor("PHARMACIST")).get(label(order)).then().statusCode(409);
        Api.as(Api.tokenFor("PHARMACIST")).get(label(999_999)).then().statusCode(404);
    }

    @Test
    void thePrescriberDoesNotPrintLabels() {
        Orders.Clinic clinic = Orders.clinic();
        Api.as(clinic.prescriberToken()).get(label(1)).then().statusCode(403);
    }
}
