package org.triturate.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.CapturedLogs;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog auditLog;

    @Inject
    EntityManager em;

    private static List<AuditEvent> userEvents(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = 'USER' and entityId = ?1 order by id", userId));
    }

    @Test
    void userCreationIsAuditedWithoutThePassword() {
        long id = Api.as(Api.adminToken())
                .body(Map.of("username", Api.unique("audited"), "password", Api.PASSWORD,
                        "roles", List.of("PHARMACIST")))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        List<AuditEvent> events = userEvents(id);
        assertEquals(1, events.size());
        AuditEvent event = events.get(0);
        assertEquals("USER_CREATED", event.action);
        assertEquals("admin", event.actor);
        assertTrue(event.details.contains("\"role\":\"PHARMACIST\""), event.details);
        assertFalse(event.details.contains(Api.PASSWORD));
        assertFalse(event.details.contains("$2b$"));
    }

    @Test
    void aRefusedChangeLeavesNoAuditEvent() {
        String username = Api.createUser("TECHNICIAN");
        long id = Api.as(Api.token(username, Api.PASSWORD)).get("/api/v1/users/me").jsonPath().getLong("id");
        Api.as(Api.adminToken()).header("If-Match", "\"5\"")
                .body(Map.of("roles", List.of("PHARMACIST"), "active", true))
                .put("/api/v1/users/" + id).then().statusCode(412);
        assertEquals(List.of("USER_CREATED"), userEvents(id).stream().map(e -> e.action).toList());
        Api.as(Api.adminToken()).header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of("PHARMACIST"), "active", true))
                .put("/api/v1/users/" + id).then().statusCode(200).body("roles[0]", equalTo("PHARMACIST"));
        assertEquals(List.of("USER_CREATED", "USER_UPDATED"), userEvents(id).stream().map(e -> e.action).toList());
    }

    @Test
    void theAuditLogOnlyRunsInsideTheCallersTransaction() {
        assertThrows(TransactionalException.class,
                () -> auditLog.record("test", "NOTHING", "TEST", null, Map.of()));
    }

    @Test
    void theDatabaseRejectsUpdatesAndDeletesOfAuditEvents() {
        QuarkusTransaction.requiringNew().run(() -> auditLog.record("test", "PROBE", "TEST", null, Map.of()));
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("UPDATE audit_event SET actor = 'mallory'").executeUpdate()));
            assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("DELETE FROM audit_event").executeUpdate()));
            // Database error messages can quote row values (patient data): none may reach the log.
            assertFalse(logs.anyContains("append-only"), logs.lines().toString());
        }
        long probes = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", "PROBE"));
        assertTrue(probes >= 1);
    }
}
