package org.triturate.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.triturate.audit.AuditEvent;
import org.triturate.testing.Api;

/** The generated-password path is covered by PackagedServiceIT, which starts the service on an empty data dir. */
@QuarkusTest
class BootstrapAdminTest {

    @Test
    void theFirstStartCreatesAnAdminWithTheConfiguredPassword() {
        Api.as(Api.adminToken())
                .get("/api/v1/users/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("admin"))
                .body("roles", contains("ADMIN"));
    }

    @Test
    void theBootstrapIsAuditedAsTheSystem() {
        long adminId =
                Api.as(Api.adminToken()).get("/api/v1/users/me").jsonPath().getLong("id");
        String actor = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find(
                                "entityType = 'USER' and entityId = ?1 and action = 'USER_CREATED'", adminId)
                        .singleResult()
                        .actor);
        assertEquals("system", actor);
    }

    @Test
    void noGeneratedPasswordFileWhenThePasswordIsConfigured() {
        assertEquals(
                false,
                java.nio.file.Files.exists(java.nio.file.Path.of("target", "test-data", "initial-admin-password")));
    }
}
