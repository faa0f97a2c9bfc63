package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The start skips Quarkus's separate validation pass (quarkus.liquibase.validate-on-migrate=false) because the
 * update that follows validates the changelog itself: a changeset edited after it ran still stops the migration,
 * before any changeset runs.
 */
@QuarkusTest
class MigrationAtStartTest {

    @Inject
    LiquibaseFactory liquibaseFactory;

    @ConfigProperty(name = "quarkus.liquibase.validate-on-migrate")
    boolean separateValidation;

    @Test
    void theUpdateAloneRefusesAChangesetEditedAfterItRan() throws Exception {
        assertFalse(separateValidation, "the start relies on the update's own validation");
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            Connection connection =
                    ((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection();
            Ran changeset = firstChangeset(connection);
            // Same checksum version, other digest: Liquibase would silently recompute a checksum of an older version.
            String tampered =
                    changeset.checksum().substring(0, changeset.checksum().indexOf(':') + 1) + "0".repeat(32);
            setChecksum(connection, changeset, tampered);
            try {
                LiquibaseException refused = assertThrows(
                        LiquibaseException.class,
                        () -> liquibase.update(liquibaseFactory.createContexts(), liquibaseFactory.createLabels()));
                assertTrue(refused.getMessage().contains(changeset.id()), refused.getMessage());
            } finally {
                setChecksum(connection, changeset, changeset.checksum());
            }
        }
    }

    private record Ran(String id, String author, String file, String checksum) {}

    private static Ran firstChangeset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM FROM DATABASECHANGELOG"
                        + " ORDER BY ORDEREXECUTED LIMIT 1")) {
            assertTrue(row.next(), "the schema was migrated at start");
            return new Ran(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
        }
    }

    private static void setChecksum(Connection connection, Ran changeset, String checksum) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE DATABASECHANGELOG SET MD5SUM = ? WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?")) {
            update.setString(1, checksum);
            update.setString(2, changeset.id());
            update.setString(3, changeset.author());
            update.setString(4, changeset.file());
            update.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
