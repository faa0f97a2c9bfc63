package org.triturate.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

@QuarkusTest
class AccessLogApiTest {

    private static final String ACCESS_LOG = "/api/v1/access-log";

    private static long userId(String token) {
        return Api.as(token).get("/api/v1/users/me").jsonPath().getLong("id");
    }

    /** The entries of the user's reads of that kind; rows are written in the background, so they are waited for. */
    private static List<Map<String, Object>> entries(long userId, String action, int atLeast) {
        String admin = Api.adminToken();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            JsonPath page = Api.as(admin)
                    .queryParam("userId", userId)
                    .queryParam("action", action)
                    .queryParam("size", 200)
                    .get(ACCESS_LOG)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.size() >= atLeast || System.nanoTime() > deadline) {
                return items;
            }
            sleep();
        }
    }

    @Test
    void aPatientReadIsRecordedWithWhoWhatWhenAndWhere() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        long pharmacistId = userId(pharmacist);
        long patientId = Orders.clinic().patientId();
        Instant before = Instant.now();
        Api.as(pharmacist)
                .header("X-Request-Id", "trace-42")
                .get("/api/v1/patients/" + patientId)
                .then()
                .statusCode(200);

        List<Map<String, Object>> entries = entries(pharmacistId, "PATIENT_READ", 1);
        assertEquals(1, entries.size(), entries.toString());
        Map<String, Object> entry = entries.get(0);
        assertEquals((int) pharmacistId, entry.get("userId"));
        assertTrue(((String) entry.get("username")).startsWith("pharmacist-"), entry.toString());
        assertEquals("PHARMACIST", entry.get("role"));
        assertEquals((int) patientId, entry.get("resourceId"));
        assertEquals((int) patientId, entry.get("patientId"));
        assertEquals("127.0.0.1", entry.get("remoteAddress"));
        assertEquals("trace-42", entry.get("requestId"));
        Instant at = Instant.parse((String) entry.get("occurredAt"));
        assertFalse(at.isBefore(before.minusSeconds(1)) || at.isAfter(Instant.now()), at.toString());

        // the same entry through the patient filter and a time window around it
        Api.as(Api.adminToken())
                .queryParam("patientId", patientId)
                .queryParam("from", before.minusSeconds(1).toString())
                .queryParam("to", Instant.now().plusSeconds(1).toString())
                .get(ACCESS_LOG)
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("PATIENT_READ"));
    }

    @Test
    void aListOfOrdersRecordsEveryPatientItReturned() {
        Orders.Clinic clinic = Orders.clinic();
        long otherPatient = Orders.newPatient(clinic, Map.of());
        Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(otherPatient));
        Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(otherPatient));
        List<Integer> returned = Api.as(clinic.prescriberToken())
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.patientId");
        assertEquals(3, returned.size());

        List<Map<String, Object>> entries = entries(userId(clinic.prescriberToken()), "ORDER_LIST", 2);
        Set<Object> recorded = new HashSet<>();
        entries.forEach(entry -> recorded.add(entry.get("patientId")));
        assertEquals(Set.of((int) clinic.patientId(), (int) otherPatient), recorded);
        assertEquals(new HashSet<Object>(returned), recorded);
        assertEquals(2, entries.size(), "one entry per patient, however many of its orders were listed");
        assertEquals(
                1,
                entries.stream().map(entry -> entry.get("requestId")).distinct().count());
        assertTrue(entries.stream().allMatch(entry -> entry.get("resourceId") == null));
    }

    @Test
    void anOrderReadAndALabelPrintAreRecorded() {
        long order = Compounding.verifiedOrder();
        String technician = Api.tokenFor("TECHNICIAN");
        long patientId =
                Api.as(technician).get("/api/v1/orders/" + order).jsonPath().getLong("patientId");
        Api.as(technician).get("/api/v1/orders/" + order + "/label").then().statusCode(200);

        long technicianId = userId(technician);
        Map<String, Object> read = entries(technicianId, "ORDER_READ", 1).get(0);
        Map<String, Object> label = entries(technicianId, "LABEL_PRINT", 1).get(0);
        for (Map<String, Object> entry : List.of(read, label)) {
            assertEquals((int) order, entry.get("resourceId"));
            assertEquals((int) patientId, entry.get("patientId"));
            assertEquals("TECHNICIAN", entry.get("role"));
        }
    }

    @Test
    void onlyAnAdminReadsTheAccessLog() {
        for (String role : List.of("PHARMACIST", "TECHNICIAN", "PRESCRIBER")) {
            Api.as(Api.tokenFor(role))
                    .get(ACCESS_LOG)
                    .then()
                    .statusCode(403)
                    .body("violations[0].code", org.hamcrest.Matchers.equalTo("FORBIDDEN"));
        }
        given().get(ACCESS_LOG).then().statusCode(401);
        Api.as(Api.adminToken()).get(ACCESS_LOG).then().statusCode(200);
    }

    @Test
    void badFiltersAre400() {
        String admin = Api.adminToken();
        for (Map.Entry<String, String> filter : Map.of(
                        "from", "yesterday",
                        "to", "+20000-01-01T00:00:00Z",
                        "patientId", "abc",
                        "action", "PATIENT_DELETE")
                .entrySet()) {
            Api.as(admin)
                    .queryParam(filter.getKey(), filter.getValue())
                    .get(ACCESS_LOG)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", org.hamcrest.Matchers.equalTo(filter.getKey()));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
