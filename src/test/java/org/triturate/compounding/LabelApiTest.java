package org.triturate.compounding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

@QuarkusTest
class LabelApiTest {

    private static String label(long orderId) {
        return "/api/v1/orders/" + orderId + "/label";
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
                .body("patient.name", equalTo("Sam Okafor"))
                .body("actives[0].name", equalTo("Sertraline hydrochloride"))
                .body("actives[0].strength.value", equalTo(37.5f))
                .body("dosageForm", equalTo("CAPSULE"))
                .body("quantity.value", equalTo(30))
                .body("directions", equalTo("Take 1 capsule by mouth once daily"))
                .body("storage", equalTo("ROOM_TEMPERATURE"))
                .body("auxiliaryLabels", contains("Do not stop taking suddenly"))
                .body("statement", equalTo("This is a compounded preparation."));
    }

    @Test
    void thePdfCarriesTheSameText() throws IOException {
        long order = Compounding.verifiedOrder();
        String pharmacist = Api.tokenFor("PHARMACIST");
        JsonPath json = Api.as(pharmacist)
                .get(label(order))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        byte[] pdf = Api.as(pharmacist)
                .accept("application/pdf")
                .get(label(order))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : new String[] {
            json.getString("pharmacy.name"),
            json.getString("orderNumber"),
            json.getString("patient.name"),
            json.getString("prescriber.name"),
            "Sertraline hydrochloride 37.5 mg",
            json.getString("directions"),
            json.getString("preparationLot"),
            json.getString("beyondUseDate"),
            "ROOM_TEMPERATURE",
            "Do not stop taking suddenly",
            "This is a compounded preparation."
        }) {
            assertTrue(text.contains(expected), () -> "'" + expected + "' missing from the PDF text:\n" + text);
        }
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
