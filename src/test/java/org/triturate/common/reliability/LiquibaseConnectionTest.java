package org.triturate.common.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

/**
 * The request timeouts bind the service's pooled connections only: the connection Quarkus's Liquibase migrates
 * with (its own, from the bare URL, as the migration account) has neither a socket timeout nor a statement limit,
 * so a long migration (an ALTER on a big table, the grants of changelog 013) is never cut.
 */
@QuarkusTest
class LiquibaseConnectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LiquibaseFactory liquibaseFactory;

    @Test
    void requestConnectionsCarryTheLimits() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(4000, connection.getNetworkTimeout());
            assertEquals(0, new BigDecimal("3").compareTo(statementLimit(connection)));
            // Read-your-writes on a Galera cluster (a no-op elsewhere), and no bulk batches (BatchAbortOnGaleraIT).
            assertEquals(0, BigDecimal.ONE.compareTo(sessionValue(connection, "wsrep_sync_wait")));
            org.mariadb.jdbc.Configuration driver = connection
                    .unwrap(org.mariadb.jdbc.Connection.class)
                    .getContext()
                    .getConf();
            assertFalse(driver.useBulkStmts());
            assertFalse(driver.useBulkStmtsForInserts());
        }
    }

    @Test
    void theMigrationConnectionCarriesNone() throws Exception {
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            Connection connection =
                    ((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection();
            assertEquals(0, connection.getNetworkTimeout());
            assertEquals(0, BigDecimal.ZERO.compareTo(statementLimit(connection)));
        }
    }

    private static BigDecimal statementLimit(Connection connection) throws SQLException {
        return sessionValue(connection, "max_statement_time");
    }

    private static BigDecimal sessionValue(Connection connection, String variable) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select @@session." + variable)) {
            result.next();
            return result.getBigDecimal(1);
        }
    }
}
