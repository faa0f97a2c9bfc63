package org.triturate.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * Sequential GET one order and GET a filtered page of 20 orders through HTTP (REST Assured client included), with
 * the SELECT statements the database ran per request (MariaDB's global {@code Com_select}, which also counts the
 * occasional user lookup of the token check). Not part of the test suite (the class name matches no surefire
 * pattern); run it with {@code ./mvnw test -Dspotless.check.skip=true -Dtest=OrderQueryReadBenchmark} (optionally
 * {@code -Dbench.reads=3000}). It prints figures and asserts nothing.
 */
@QuarkusTest
class OrderQueryReadBenchmark {

    private static final int WARM_UP = 1000;
    private static final int ORDERS_OF_PATIENT = 25;

    @Inject
    DataSource dataSource;

    @Test
    void readOrders() throws SQLException {
        int reads = Integer.getInteger("bench.reads", 3000);
        Clinic clinic = Orders.clinic();
        long order = 0;
        for (int i = 0; i < ORDERS_OF_PATIENT; i++) {
            order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        }
        String pharmacist = Api.tokenFor("PHARMACIST");
        long one = order;
        measure(
                "GET one order",
                reads,
                () -> Api.as(pharmacist).get("/api/v1/orders/" + one).then().statusCode(200));
        measure(
                "GET list, page of 20 (status + patient)",
                reads,
                () -> Api.as(pharmacist)
                        .queryParam("status", "SUBMITTED")
                        .queryParam("patientId", clinic.patientId())
                        .get("/api/v1/orders")
                        .then()
                        .statusCode(200));
    }

    private void measure(String name, int reads, Runnable request) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) {
            request.run();
        }
        long[] nanos = new long[reads];
        long selectsBefore = selects();
        long started = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            long t0 = System.nanoTime();
            request.run();
            nanos[i] = System.nanoTime() - t0;
        }
        long elapsed = System.nanoTime() - started;
        double selectsPerRequest = (selects() - selectsBefore) / (double) reads;
        Arrays.sort(nanos);
        System.out.printf(
                "OrderQueryReadBenchmark: %s: %d sequential requests after %d warm-up, %.1f requests/s, "
                        + "latency ms median %.3f, p90 %.3f, p99 %.3f, SELECTs per request %.2f%n",
                name,
                reads,
                WARM_UP,
                reads / (elapsed / 1e9),
                ms(nanos, 0.50),
                ms(nanos, 0.90),
                ms(nanos, 0.99),
                selectsPerRequest);
    }

    private long selects() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
