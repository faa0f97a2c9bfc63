package org.triturate.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.common.text.FreeText;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

/**
 * Input limits (issue 14, item 7, and the free-text part of item 1): numbers beyond what the columns hold, page
 * numbers whose offset overflows, identifiers that are no ids, idempotency keys that differ only in case and text
 * with control characters or unpaired surrogates are refused with a 4xx problem, never a 500.
 */
@QuarkusTest
class InputLimitsTest {

    /** Stands for a raw JSON number in a body built as a map; {@link #json} writes the number in its place. */
    private static final String NUMBER = "<number>";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON text, with {@code number} written verbatim where the map holds {@link #NUMBER}. */
    private static String json(Map<String, Object> body, String number) {
        try {
            return JSON.writeValueAsString(body).replace('"' + NUMBER + '"', number);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits the order with {@code number} written where the body holds {@link #NUMBER}. */
    private static ValidatableResponse order(Clinic clinic, Map<String, Object> body, String number) {
        return Api.as(clinic.prescriberToken())
                .body(json(body, number))
                .post("/api/v1/orders")
                .then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("violations.code", contains("INVALID_FIELD"))
                .body("violations[0].field", equalTo(field));
    }

    // Numbers

    @ParameterizedTest
    @ValueSource(
            strings = {"1e2147483647", "1e2147483648", "1e-2147483647", "-1e2147483647", "1234567890123", "0.0000001"})
    void anOrderStrengthBeyondTheColumnsIs400OnItsField(String number) {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.SERTRALINE, "strength", Map.of("value", NUMBER, "unit", "mg"))));
        refused(order(clinic, body, number), "actives[0].strength.value")
                .body(
                        "violations[0].message",
                        equalTo("must be a number of at most 12 integer digits and 6 decimal places"));
    }

    @Test
    void anOrderQuantityDoseAndCountsBeyondTheirRangeAre400OnTheirFields() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("quantity", Map.of("value", NUMBER, "unit", "unit"));
        refused(order(clinic, body, "1e2147483647"), "quantity.value");

        body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dose", Map.of("amount", Map.of("value", NUMBER, "unit", "unit"), "timesPerDay", 1));
        refused(order(clinic, body, "1E+2147483647"), "dose.amount.value");

        body = Orders.sertralineCapsules(clinic.patientId());
        body.put("dose", Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", NUMBER));
        refused(order(clinic, body, "99999999999999999999"), "dose.timesPerDay")
                .body("violations[0].message", equalTo("Number out of range"));

        body = Orders.sertralineCapsules(clinic.patientId());
        body.put("daysSupply", NUMBER);
        refused(order(clinic, body, "2147483648"), "daysSupply");

        body = Orders.sertralineCapsules(clinic.patientId());
        body.put("patientId", NUMBER);
        refused(order(clinic, body, "99999999999999999999"), "patientId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"saltFactor", "potencyPercent", "maxDailyDose"})
    void anIngredientNumberBeyondItsColumnIs400OnItsField(String field) {
        long id = Orders.newActive(Map.of());
        String etag = Api.as(Api.adminToken())
                .get("/api/v1/ingredients/" + id)
                .then()
                .extract()
                .header("ETag");
        Map<String, Object> body = Registry.active(Api.unique("Hugeine"));
        body.put(field, field.equals("maxDailyDose") ? Map.of("value", NUMBER, "unit", "mg") : NUMBER);
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .header("If-Match", etag)
                        .body(json(body, "1e2147483647"))
                        .put("/api/v1/ingredients/" + id)
                        .then(),
                field.equals("maxDailyDose") ? "maxDailyDose.value" : field);
    }

    @Test
    void aFormulationNumberBeyondItsRangeIs400OnItsField() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("budDays", NUMBER);
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .body(json(body, "99999999999"))
                        .post("/api/v1/formulations")
                        .then(),
                "budDays");
        body = Formulations.sertralineCapsules();
        body.put("overagePercent", NUMBER);
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .body(json(body, "1e-2147483647"))
                        .post("/api/v1/formulations")
                        .then(),
                "overagePercent");
    }

    @Test
    void aCompoundingRecordYieldBeyondTheColumnsIs400OnItsField() {
        long order = Compounding.approvedOrder();
        Map<String, Object> body = Compounding.record(
                Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), Api.unique("L"));
        body.put("yield", Map.of("value", NUMBER, "unit", "unit"));
        refused(
                Api.as(Api.tokenFor("TECHNICIAN"))
                        .header("If-Match", Orders.etag(order))
                        .body(json(body, "1e2147483647"))
                        .post("/api/v1/orders/" + order + "/compounding-record")
                        .then(),
                "yield.value");
    }

    // Paging

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/orders",
                "/api/v1/patients",
                "/api/v1/prescribers",
                "/api/v1/ingredients",
                "/api/v1/products",
                "/api/v1/compatibilities",
                "/api/v1/suppliers",
                "/api/v1/formulations",
                "/api/v1/users"
            })
    void aPageWhoseOffsetOverflowsIs400OnEveryList(String list) {
        String token = list.equals("/api/v1/users") ? Api.adminToken() : Api.tokenFor("PHARMACIST");
        refused(
                Api.as(token)
                        .queryParam("page", 2147483647)
                        .queryParam("size", 200)
                        .get(list)
                        .then(),
                "page");
        refused(
                Api.as(token)
                        .queryParam("page", "99999999999999999999")
                        .get(list)
                        .then(),
                "page");
        Api.as(token)
                .queryParam("page", 1000)
                .queryParam("size", 200)
                .get(list)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    // Identifiers

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999999999999", "-1", "0", "1e3", "%00", "1.5"})
    void aPathIdThatIsNoIdIs404(String id) {
        String token = Api.tokenFor("PHARMACIST");
        for (String path : List.of(
                "/api/v1/orders/%s", "/api/v1/orders/%s/label", "/api/v1/patients/%s", "/api/v1/formulations/%s")) {
            Api.as(token)
                    .urlEncodingEnabled(false)
                    .get(path.formatted(id))
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("violations.code", contains("NOT_FOUND"));
        }
        Api.as(token)
                .urlEncodingEnabled(false)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "no such order"))
                .post("/api/v1/orders/" + id + "/cancel")
                .then()
                .statusCode(404);
    }

    // Idempotency keys

    @Test
    void idempotencyKeysDifferingOnlyInCaseAreDistinct() {
        Clinic clinic = Orders.clinic();
        String key = Api.unique("abc");
        long lower = Api.as(clinic.prescriberToken())
                .header("Idempotency-Key", key)
                .body(Orders.sertralineCapsules(clinic.patientId()))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> another = Orders.sertralineCapsules(clinic.patientId());
        another.put("refills", 1);
        Api.as(clinic.prescriberToken())
                .header("Idempotency-Key", key.toUpperCase(java.util.Locale.ROOT))
                .body(another)
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .body("id", not(equalTo((int) lower)));
    }

    @Test
    void twoIdempotencyKeysAre400() {
        Clinic clinic = Orders.clinic();
        refused(
                Api.as(clinic.prescriberToken())
                        .header("Idempotency-Key", "one")
                        .header("Idempotency-Key", "two")
                        .body(Orders.sertralineCapsules(clinic.patientId()))
                        .post("/api/v1/orders")
                        .then(),
                "Idempotency-Key");
    }

    // Free text

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\ud800", "\\udc00x", "\\u001b[31m", "\\u007f", "\\u0085"})
    void aPatientNameWithAControlCharacterOrALoneSurrogateIs400(String escape) {
        Clinic clinic = Orders.clinic();
        String body = json(Registry.patient("Okafor"), "0").replace("\"Okafor\"", "\"Oka" + escape + "for\"");
        refused(
                        Api.as(clinic.prescriberToken())
                                .body(body)
                                .post("/api/v1/patients")
                                .then(),
                        "lastName")
                .body("violations[0].message", equalTo(FreeText.CLEAN_TEXT));
    }

    @Test
    void textMayHoldTabsLineBreaksAndCharactersOutsideTheBasicPlane() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("directions", "Take 1 capsule\tby mouth\r\nonce daily \uD83D\uDC8A");
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(201)
                .body("directions", equalTo("Take 1 capsule\tby mouth\r\nonce daily \uD83D\uDC8A"));
    }

    @Test
    void aNoteInAListWithALoneSurrogateIs400() {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("steps", List.of("Weigh", "Mix " + NUMBER));
        String text = json(body, "").replace(NUMBER, "\\ud800");
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .body(text)
                        .post("/api/v1/formulations")
                        .then(),
                "steps[1]");
    }

    @Test
    void aSearchTermWithAControlCharacterIs400() {
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .queryParam("q", "Oka\u0000for")
                        .get("/api/v1/patients")
                        .then(),
                "q");
    }

    @Test
    void aRecallLotNumberWithAControlCharacterOrTooLongIs400() {
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .queryParam("ingredientId", 1)
                        .queryParam("lotNumber", "L\u0000123")
                        .get("/api/v1/recalls")
                        .then(),
                "lotNumber");
        refused(
                Api.as(Api.tokenFor("PHARMACIST"))
                        .queryParam("ingredientId", 1)
                        .queryParam("lotNumber", "L".repeat(65))
                        .get("/api/v1/recalls")
                        .then(),
                "lotNumber");
    }

    @Test
    void aRejectionNeverEchoesTheValue() {
        Clinic clinic = Orders.clinic();
        String body = json(Registry.patient("Okafor"), "0").replace("\"Okafor\"", "\"Secret\\u0000name\"");
        Api.as(clinic.prescriberToken())
                .body(body)
                .post("/api/v1/patients")
                .then()
                .statusCode(400)
                .body(not(containsString("Secret")));
    }
}
