package org.triturate.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.CapturedLogs;
import org.triturate.testing.Orders;
import org.triturate.testing.Registry;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    private static List<AuditEvent> userEvents(long userId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list("entityType = 'USER' and entityId = ?1 order by id", userId));
    }

    @Test
    void userCreationIsAuditedWithoutThePassword() {
        long id = Api.as(Api.adminToken())
                .body(Map.of(
                        "username", Api.unique("audited"), "password", Api.PASSWORD, "roles", List.of("PHARMACIST")))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        List<AuditEvent> events = userEvents(id);
        assertEquals(1, events.size());
        AuditEvent event = events.get(0);
        assertEquals("USER_CREATED", event.action);
        assertEquals("admin", event.actor);
        assertTrue(event.details.contains("\"role\":\"PHARMACIST\""), event.details);
        assertFalse(event.details.contains(Api.PASSWORD));
        assertFalse(event.details.contains("$2b$"));
    }

    /** Posts {@code body} and checks that the audit event of the creation holds the record exactly as answered. */
    private static long assertAuditedAsAnswered(
            String token, String path, Map<String, Object> body, String entityType, String action, String key) {
        String answered = Api.as(token)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .body()
                .asString();
        long id = JsonPath.from(answered).getLong("id");
        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find(
                                "entityType = ?1 and entityId = ?2 and action = ?3", entityType, id, action)
                        .singleResult());
        assertEquals("{\"" + key + "\":" + answered + "}", event.details);
        return id;
    }

    @Test
    void registryRecordsAreAuditedExactlyAsTheApiShowsThem() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Map<String, Object> ingredient = Registry.active(Api.unique("Audited active"));
        ingredient.put("allergenClasses", List.of("SOY", "GLUTEN"));
        ingredient.put("saltFactor", 1.119);
        ingredient.put("maxDailyDose", Map.of("value", 250.0, "unit", "mcg"));
        long active = assertAuditedAsAnswered(
                pharmacist, "/api/v1/ingredients", ingredient, "INGREDIENT", "INGREDIENT_CREATED", "ingredient");
        long other = assertAuditedAsAnswered(
                pharmacist,
                "/api/v1/ingredients",
                Registry.active(Api.unique("Other active")),
                "INGREDIENT",
                "INGREDIENT_CREATED",
                "ingredient");
        assertAuditedAsAnswered(
                pharmacist,
                "/api/v1/products",
                Map.of(
                        "ingredientId",
                        active,
                        "name",
                        Api.unique("Product"),
                        "dosageForm",
                        "CAPSULE",
                        "strength",
                        Map.of("value", 12.50, "unit", "mg"),
                        "status",
                        "MARKETED",
                        "allergenClasses",
                        List.of("LACTOSE", "DYE"),
                        "source",
                        "test fixture"),
                "PRODUCT",
                "PRODUCT_CREATED",
                "product");
        assertAuditedAsAnswered(
                pharmacist,
                "/api/v1/suppliers",
                Map.of("name", Api.unique("Supplier"), "fdaRegistered", true, "status", "APPROVED"),
                "SUPPLIER",
                "SUPPLIER_CREATED",
                "supplier");
        assertAuditedAsAnswered(
                pharmacist,
                "/api/v1/compatibilities",
                Map.of(
                        "ingredientIds",
                        List.of(other, active),
                        "dosageForm",
                        "CAPSULE",
                        "status",
                        "COMPATIBLE",
                        "reference",
                        "test fixture",
                        "studyBudDays",
                        30),
                "COMPATIBILITY",
                "COMPATIBILITY_CREATED",
                "compatibility");
        assertAuditedAsAnswered(
                pharmacist,
                "/api/v1/prescribers",
                Registry.prescriber("Audited"),
                "PRESCRIBER",
                "PRESCRIBER_CREATED",
                "prescriber");
        Map<String, Object> patient = Registry.patient("Audited");
        patient.put(
                "allergies",
                List.of(
                        Map.of("allergenClass", "GLUTEN", "reaction", "celiac disease"),
                        Map.of("ingredientId", active)));
        assertAuditedAsAnswered(pharmacist, "/api/v1/patients", patient, "PATIENT", "PATIENT_CREATED", "patient");
    }

    @Test
    void anAcceptedOrderIsAuditedExactlyAsTheApiShowsIt() {
        Orders.Clinic clinic = Orders.clinic();
        String answered = Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .body()
                .asString();
        long id = JsonPath.from(answered).getLong("id");
        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find(
                                "entityType = 'ORDER' and entityId = ?1 and action = 'ORDER_SUBMITTED'", id)
                        .singleResult());
        JsonPath details = JsonPath.from(event.details);
        assertEquals(JsonPath.from(answered).getMap(""), details.getMap("order"));
        assertEquals("SUBMITTED", details.getString("toStatus"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        String username = Api.createUser("TECHNICIAN");
        long id = Api.as(Api.token(username, Api.PASSWORD))
                .get("/api/v1/users/me")
                .jsonPath()
                .getLong("id");
        Api.as(Api.adminToken())
                .header("If-Match", "\"5\"")
                .body(Map.of("roles", List.of("PHARMACIST"), "active", true))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(412);
        assertEquals(
                List.of("USER_CREATED"),
                userEvents(id).stream().map(e -> e.action).toList());
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of("PHARMACIST"), "active", true))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("roles[0]", equalTo("PHARMACIST"));
        assertEquals(
                List.of("USER_CREATED", "USER_UPDATED"),
                userEvents(id).stream().map(e -> e.action).toList());
    }

    @Test
    void theAuditLogOnlyRunsInsideTheCallersTransaction() {
        assertThrows(TransactionalException.class, () -> auditLog.record("test", "NOTHING", "TEST", null, Map.of()));
    }

    @Test
    void theDatabaseRejectsUpdatesAndDeletesOfAuditEvents() {
        QuarkusTransaction.requiringNew().run(() -> auditLog.record("test", "PROBE", "TEST", null, Map.of()));
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThrows(
                    PersistenceException.class,
                    () -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery("UPDATE audit_event SET actor = 'mallory'")
                                    .executeUpdate()));
            assertThrows(
                    PersistenceException.class,
                    () -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery("DELETE FROM audit_event")
                                    .executeUpdate()));
            // Database error messages can quote row values (patient data): none may reach the log.
            assertFalse(logs.anyContains("append-only"), logs.lines().toString());
        }
        long probes = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", "PROBE"));
        assertTrue(probes >= 1);
    }
}
