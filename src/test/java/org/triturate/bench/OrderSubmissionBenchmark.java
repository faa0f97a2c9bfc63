package org.triturate.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
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
        StringBuilder perOrder = new StringBuilder();
        StatementCounters.perEvent(before, after, orders)
                .forEach((counter, perEvent) -> perOrder.append(String.format(" %s=%.2f", counter, perEvent)));
        System.out.println("OrderSubmissionBenchmark: statements per submission (MariaDB counters):" + perOrder);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private Map<String, Long> serverCounters() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return StatementCounters.read(connection);
        }
    }
}
