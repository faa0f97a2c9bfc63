package org.triturate.bench;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * Latency of sequential GET /orders/{id} through HTTP (REST Assured client included), each of which records an
 * access-log entry. Not part of the test suite (the class name matches no surefire pattern); run it with
 * {@code ./mvnw test -Dtest=OrderReadBenchmark} (optionally {@code -Dbench.reads=5000}). It prints figures and
 * asserts nothing.
 */
@QuarkusTest
class OrderReadBenchmark {

    private static final int WARM_UP = 1000;

    @Test
    void readOrders() {
        int reads = Integer.getInteger("bench.reads", 5000);
        Clinic clinic = Orders.clinic();
        long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        String pharmacist = Api.tokenFor("PHARMACIST");
        for (int i = 0; i < WARM_UP; i++) {
            read(pharmacist, order);
        }
        long[] nanos = new long[reads];
        long started = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            long t0 = System.nanoTime();
            read(pharmacist, order);
            nanos[i] = System.nanoTime() - t0;
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(nanos);
        System.out.printf(
                "OrderReadBenchmark: %d sequential reads after %d warm-up, %.1f reads/s, latency ms median %.3f, "
                        + "p90 %.3f, p99 %.3f%n",
                reads, WARM_UP, reads / (elapsed / 1e9), ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99));
    }

    private static void read(String token, long order) {
        Api.as(token).get("/api/v1/orders/" + order).then().statusCode(200);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
