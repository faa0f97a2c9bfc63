package org.triturate.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On a Galera cluster, a transaction that a write replicated from another node aborts while the server runs one of
 * its batches must learn it from that batch: otherwise the statements after it run as a new transaction and commit,
 * and the client is told that rows are recorded which are not (the "acknowledged but lost" orders of issue 17).
 * MariaDB's bulk protocol hid the abort; the driver settings of application.properties send batches as pipelined
 * statements, which report it. Runs with deploy/cluster's failover test, which sets TRITURATE_IT_GALERA_NODES to
 * the JDBC URLs of two nodes (and TRITURATE_IT_GALERA_USER / _PASSWORD).
 */
@EnabledIfEnvironmentVariable(named = "TRITURATE_IT_GALERA_NODES", matches = ".+")
class BatchAbortOnGaleraIT {

    private static final int TRIALS = 8;
    private static final int ROWS = 20_000;
    private static final String SETTING = "useBulkStmts";
    private static final String SETTING_PREFIX = "quarkus.datasource.jdbc.additional-jdbc-properties.";

    @Test
    void anAbortDuringABatchIsReportedByTheBatch() throws Exception {
        List<String> nodes = List.of(System.getenv("TRITURATE_IT_GALERA_NODES").split(","));
        String settings = serviceBatchSettings();
        String local = nodes.get(0) + "?" + settings;
        String remote = nodes.get(1) + "?" + settings;
        try (Connection setup = connect(local);
                Statement statement = setup.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS triturate_batch_abort");
            statement.execute("CREATE OR REPLACE TABLE triturate_batch_abort.hot (id INT PRIMARY KEY, v INT)");
            statement.execute("INSERT INTO triturate_batch_abort.hot VALUES (1, 0)");
            statement.execute("CREATE OR REPLACE TABLE triturate_batch_abort.batch"
                    + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, trial INT)");
        }
        int aborted = 0;
        int acknowledgedButMissing = 0;
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                Outcome outcome = trial(local, remote, trial);
                aborted += outcome.batchFailed() ? 1 : 0;
                acknowledgedButMissing += !outcome.batchFailed() && outcome.rowsFound() != ROWS ? 1 : 0;
                System.out.printf("BatchAbortOnGalera: trial %d %s%n", trial, outcome);
            }
        } finally {
            try (Connection cleanup = connect(local);
                    Statement statement = cleanup.createStatement()) {
                statement.execute("DROP DATABASE triturate_batch_abort");
            }
        }
        System.out.printf(
                "BatchAbortOnGalera: %d trials, %d batches reported the abort, %d acknowledged but missing%n",
                TRIALS, aborted, acknowledgedButMissing);
        assertEquals(0, acknowledgedButMissing, "a batch answered OK for rows that were rolled back");
        assertTrue(aborted > 0, "no trial met a conflict: the test proved nothing");
    }

    private record Outcome(boolean batchFailed, int rowsFound) {}

    /** One transaction on the local node holds the hot row and runs a batch while the remote node updates it. */
    private static Outcome trial(String local, String remote, int trial) throws Exception {
        ExecutorService batchThread = Executors.newSingleThreadExecutor();
        try (Connection holder = connect(local);
                Connection other = connect(remote)) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeUpdate("UPDATE triturate_batch_abort.hot SET v = v + 1 WHERE id = 1");
            }
            Future<Boolean> batchFailed = batchThread.submit(() -> {
                try (PreparedStatement insert =
                        holder.prepareStatement("INSERT INTO triturate_batch_abort.batch (trial) VALUES (?)")) {
                    for (int i = 0; i < ROWS; i++) {
                        insert.setInt(1, trial);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    return false;
                } catch (SQLException e) {
                    return true;
                }
            });
            Thread.sleep(20L + 7L * trial);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("UPDATE triturate_batch_abort.hot SET v = v + 10 WHERE id = 1");
            }
            boolean failed = batchFailed.get();
            if (failed) {
                holder.rollback();
            } else {
                holder.commit();
            }
            try (Statement statement = other.createStatement()) {
                statement.execute("SET SESSION wsrep_sync_wait = 1");
                try (ResultSet count = statement.executeQuery(
                        "SELECT COUNT(*) FROM triturate_batch_abort.batch WHERE trial = " + trial)) {
                    count.next();
                    return new Outcome(failed, count.getInt(1));
                }
            }
        } finally {
            batchThread.shutdownNow();
        }
    }

    /** The service's own batch settings (useBulkStmts, useBulkStmtsForInserts) as a JDBC URL query. */
    private static String serviceBatchSettings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BatchAbortOnGaleraIT.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String settings = properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith(SETTING_PREFIX + SETTING))
                .sorted()
                .map(name -> name.substring(SETTING_PREFIX.length()) + "=" + properties.getProperty(name))
                .collect(Collectors.joining("&"));
        assertEquals("useBulkStmts=false&useBulkStmtsForInserts=false", settings);
        return settings;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url,
                System.getenv().getOrDefault("TRITURATE_IT_GALERA_USER", "root"),
                System.getenv().getOrDefault("TRITURATE_IT_GALERA_PASSWORD", ""));
    }
}
