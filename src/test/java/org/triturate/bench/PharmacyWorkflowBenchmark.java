package org.triturate.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The pharmacist workflow against the embedded MariaDB, through HTTP (REST Assured client included): the full
 * happy path of one order (submit, approve, compound, release, dispense) and a lot recall among 10,000 dispensed
 * orders seeded by {@code bench/seed-dispensed-orders.sql}. Not part of the test suite (no surefire pattern
 * matches); run it with {@code ./mvnw test -Dtest=PharmacyWorkflowBenchmark}. It prints figures, asserts nothing.
 */
@QuarkusTest
class PharmacyWorkflowBenchmark {

    private static final int WARM_UP = 20;
    private static final int PATHS = 200;
    private static final int RECALLS = 200;

    @Inject
    DataSource dataSource;

    @Test
    void happyPathAndRecall() throws SQLException, IOException {
        Clinic clinic = Orders.clinic();
        String technician = Api.tokenFor("TECHNICIAN");
        String pharmacist = Api.tokenFor("PHARMACIST");
        long formulation = Formulations.created(Formulations.sertralineCapsules());
        long maker = Compounding.supplier(true, "APPROVED");
        long distributor = Compounding.supplier(false, "APPROVED");
        long lastOrder = 0;
        long[] nanos = new long[PATHS];
        for (int i = -WARM_UP; i < PATHS; i++) {
            long t0 = System.nanoTime();
            long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
            step(pharmacist, order, "review", Map.of("decision", "APPROVE", "formulationId", formulation), 1);
            step(technician, order, "compounding-record", Compounding.record(maker, distributor, "L" + i), 2);
            step(pharmacist, order, "verification", Map.of("decision", "RELEASE"), 3);
            step(pharmacist, order, "dispense", null, 4);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
            lastOrder = order;
        }
        print("happy path (5 requests: submit, approve, compound, release, dispense)", nanos);

        seed(lastOrder);
        long[] recall = new long[RECALLS];
        for (int i = 0; i < RECALLS; i++) {
            long t0 = System.nanoTime();
            Api.as(pharmacist)
                    .queryParam("ingredientId", Orders.SERTRALINE)
                    .queryParam("lotNumber", "BENCH-LOT-" + i % 100)
                    .get("/api/v1/recalls")
                    .then()
                    .statusCode(200);
            recall[i] = System.nanoTime() - t0;
        }
        int hits = Api.as(pharmacist)
                .queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", "BENCH-LOT-7")
                .get("/api/v1/recalls")
                .then()
                .extract()
                .path("total");
        System.out.printf(
                "PharmacyWorkflowBenchmark: %d dispensed orders in the database, %d per recalled lot%n",
                count("select count(*) from compounding_order where status = 'DISPENSED'"), hits);
        print("recall of one lot", recall);
    }

    /** One order action with If-Match of the version it has after {@code version} earlier changes. */
    private static void step(String token, long order, String action, Object body, int version) {
        var request = Api.as(token).header("If-Match", "\"" + (version - 1) + "\"");
        if (body != null) {
            request.body(body);
        }
        request.post("/api/v1/orders/" + order + "/" + action).then().statusCode(200);
    }

    private void seed(long templateOrder) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET @template = " + templateOrder);
            SqlScript.run(connection, "/bench/seed-dispensed-orders.sql");
        }
        System.out.printf(
                "PharmacyWorkflowBenchmark: seeded 10000 dispensed orders in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "PharmacyWorkflowBenchmark: %s, %d runs: median %.1f ms, p90 %.1f ms, p99 %.1f ms, " + "max %.1f ms%n",
                what,
                sorted.length,
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
