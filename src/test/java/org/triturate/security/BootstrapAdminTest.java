package org.triturate.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    /**
     * The generated password file stands in for the one a first start without TRITURATE_ADMIN_PASSWORD writes; the
     * admin's password is changed and then changed back, so that the other tests keep logging in.
     */
    @Test
    void theGeneratedPasswordFileIsDeletedOnceTheAdminChangesItsPassword() throws IOException {
        Path file = Path.of("target", "test-data", "initial-admin-password");
        Files.writeString(file, "generated-at-first-start\n");
        try {
            String technician = Api.createUser("TECHNICIAN");
            changeOwnPassword(technician, Api.PASSWORD, "another long passphrase");
            assertTrue(Files.exists(file), "only the admin's password change removes the file");

            changeOwnPassword("admin", Api.ADMIN_PASSWORD, "an interim admin passphrase");
            assertFalse(Files.exists(file));
            changeOwnPassword("admin", "an interim admin passphrase", Api.ADMIN_PASSWORD);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void changeOwnPassword(String username, String current, String next) {
        Api.as(Api.token(username, current))
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/v1/users/me/password")
                .then()
                .statusCode(204);
    }

    @Test
    void noGeneratedPasswordFileWhenThePasswordIsConfigured() {
        assertEquals(
                false,
                java.nio.file.Files.exists(java.nio.file.Path.of("target", "test-data", "initial-admin-password")));
    }
}
