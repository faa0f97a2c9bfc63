package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's own connections (the runtime account, on the embedded server the test suite shares) read and
 * write rows and do nothing else: the audit trail is append-only for them in the database's grants, not only
 * through its triggers, and neither the schema nor the server's accounts are theirs to touch.
 */
@QuarkusTest
class RuntimeAccountTest {

    // ER_TABLEACCESS_DENIED_ERROR: "<command> command denied to user"; the triggers would answer SQLSTATE 45000.
    private static final int COMMAND_DENIED = 1142;
    private static final int DATABASE_DENIED = 1044;

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE audit_event SET actor = 'mallory'",
                "DELETE FROM audit_event",
                "TRUNCATE TABLE audit_event",
                "DROP TRIGGER audit_event_no_update",
                "DROP TABLE audit_event",
                "DROP TABLE patient",
                "ALTER TABLE patient ADD COLUMN smuggled INT",
                "CREATE TABLE smuggled (id INT)",
                "SELECT user, password FROM mysql.user",
                "UPDATE DATABASECHANGELOG SET MD5SUM = NULL",
                "GRANT SELECT ON audit_event TO CURRENT_USER"
            })
    void isRefused(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
            assertTrue(
                    refused.getErrorCode() == COMMAND_DENIED || refused.getErrorCode() == DATABASE_DENIED,
                    "access denied, not " + refused.getErrorCode() + " " + refused.getMessage());
        }
    }

    @Test
    void appendsToTheAuditTrailAndAllocatesNumbers() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                assertEquals(
                        1,
                        statement.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, entity_type,"
                                + " details) VALUES (NOW(6), 'runtime-account-test', 'CHECK', 'test', '{}')"));
                try (ResultSet next = statement.executeQuery("INSERT INTO order_number () VALUES () RETURNING value")) {
                    assertTrue(next.next());
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
