package org.triturate.bench.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the database alone does: {@code threads} connections each committing, in a loop, transactions of two inserts
 * (an order-like row and a child row, like an order and its active) for the given time. Durable as far as the
 * server is (innodb_flush_log_at_trx_commit, reported with the figures). Its two tables live in the benchmark's
 * database and go with it.
 */
final class JdbcCeiling {

    record Result(int threads, long transactions, double perSecond, double p50Millis, double p99Millis, String flush) {}

    private JdbcCeiling() {}

    static Result measure(String url, String user, String password, int threads, Duration duration) throws Exception {
        String flush;
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_ceiling_line, bench_ceiling_order");
            statement.execute("CREATE TABLE bench_ceiling_order (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "number VARCHAR(20) NOT NULL UNIQUE, status VARCHAR(24) NOT NULL, patient_id BIGINT NOT NULL, "
                    + "directions VARCHAR(1000) NOT NULL, created_at DATETIME(6) NOT NULL, version BIGINT NOT NULL)");
            statement.execute("CREATE TABLE bench_ceiling_line (order_id BIGINT NOT NULL, position INT NOT NULL, "
                    + "ingredient_id BIGINT NOT NULL, strength_value DECIMAL(18,6) NOT NULL, "
                    + "strength_unit VARCHAR(8) NOT NULL, PRIMARY KEY (order_id, position))");
            try (ResultSet row = statement.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
                row.next();
                flush = row.getString(1);
            }
        }
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(pool.submit(() -> insertUntil(url, user, password, worker, deadline)));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long nanos : worker.get()) {
                all.add(nanos);
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                threads,
                sorted.length,
                sorted.length / elapsed,
                quantileMillis(sorted, 0.50),
                quantileMillis(sorted, 0.99),
                flush);
    }

    private static long[] insertUntil(String url, String user, String password, int worker, long deadline)
            throws SQLException {
        List<Long> nanos = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement order = connection.prepareStatement(
                        "INSERT INTO bench_ceiling_order (number, status, patient_id, directions, created_at, "
                                + "version) VALUES (?, 'SUBMITTED', ?, 'Take 1 capsule by mouth once daily', "
                                + "NOW(6), 0)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement line = connection.prepareStatement(
                        "INSERT INTO bench_ceiling_line (order_id, position, ingredient_id, strength_value, "
                                + "strength_unit) VALUES (?, 0, 1, 37.5, 'mg')")) {
            connection.setAutoCommit(false);
            for (long n = 0; System.nanoTime() < deadline; n++) {
                long t0 = System.nanoTime();
                order.setString(1, "C" + worker + "-" + n);
                order.setLong(2, n);
                order.executeUpdate();
                try (ResultSet key = order.getGeneratedKeys()) {
                    key.next();
                    line.setLong(1, key.getLong(1));
                }
                line.executeUpdate();
                connection.commit();
                nanos.add(System.nanoTime() - t0);
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    static double quantileMillis(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return -1;
        }
        return sortedNanos[(int) Math.ceil(quantile * sortedNanos.length) - 1] / 1e6;
    }
}
