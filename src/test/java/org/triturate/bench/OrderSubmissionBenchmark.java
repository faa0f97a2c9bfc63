package org.triturate.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * Order submission against the embedded MariaDB: latency of sequential POST /orders through HTTP (REST Assured
 * client included), and the statements one submission sends to the server, counted by MariaDB itself. Not part of
 * the test suite (the class name matches no surefire pattern); run it with
 * {@code ./mvnw test -Dtest=OrderSubmissionBenchmark} (optionally {@code -Dbench.orders=1000}). It prints figures
 * and asserts nothing.
 */
@QuarkusTest
class OrderSubmissionBenchmark {

    private static final int WARM_UP = 200;

    @Inject
    DataSource dataSource;

    @Test
    void submitOrders() throws SQLException {
        int orders = Integer.getInteger("bench.orders", 1000);
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        for (int i = 0; i < WARM_UP; i++) {
            Orders.submitted(clinic.prescriberToken(), body);
        }

        Map<String, Long> before = serverCounters();
        long[] nanos = new long[orders];
        long started = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            long t0 = System.nanoTime();
            Orders.submitted(clinic.prescriberToken(), body);
            nanos[i] = System.nanoTime() - t0;
        }
        long elapsed = System.nanoTime() - started;
        Map<String, Long> after = serverCounters();

        Arrays.sort(nanos);
        System.out.printf(
                "OrderSubmissionBenchmark: %d sequential submissions after %d warm-up, %.1f orders/s%n",
                orders, WARM_UP, orders / (elapsed / 1e9));
        System.out.printf(
                "OrderSubmissionBenchmark: latency ms median %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[orders - 1] / 1e6);
        // One counter read between "before" and "after" is our own SHOW GLOBAL STATUS.
        StringBuilder perOrder = new StringBuilder();
        for (String counter : after.keySet()) {
            double delta = after.get(counter)
                    - before.getOrDefault(counter, 0L)
                    - (counter.equals("Questions") || counter.equals("Com_show_status") ? 1 : 0);
            if (delta > 0) {
                perOrder.append(String.format(" %s=%.2f", counter, delta / orders));
            }
        }
        System.out.println("OrderSubmissionBenchmark: statements per submission (MariaDB counters):" + perOrder);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    /** MariaDB's own statement counters: Questions (all statements) and the Com_* of each kind. */
    private Map<String, Long> serverCounters() throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name = 'Questions' OR "
                        + "Variable_name IN ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', "
                        + "'Com_rollback', 'Com_begin', 'Com_set_option', 'Com_show_status')")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }
}
