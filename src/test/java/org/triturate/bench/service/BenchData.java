package org.triturate.bench.service;

import static org.hamcrest.Matchers.greaterThan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.triturate.bench.SqlScript;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The benchmark's data set. Made through the API (RestAssured pointed at the service): the prescribers with their
 * licences, DEA registrations, users, tokens and one patient each, a pharmacist, and one template order in every
 * status, walked there through the order's real workflow. Then copied by SQL (seed-templates.sql, seed-patients.sql,
 * seed-orders.sql):
 * the patients, and the orders in proportion to {@link #SLOTS}, with their actives, checks, compounding records and
 * component lots.
 */
final class BenchData {

    /** Of every 100 seeded orders, how many are in each status (the template order of that status is copied). */
    static final Map<String, Integer> SLOTS = slots();

    private static final int PRESCRIBERS = 10;
    private static final int PATIENTS_PER_PRESCRIBER_IN_PARAMS = 50;
    private static final int ORDERS_IN_PARAMS = 2000;
    private static final int LOTS_IN_PARAMS = 100;
    private static final long CHUNK = 100_000;

    private final Connection connection;
    private final List<Clinic> clinics = new ArrayList<>();
    private String pharmacist;
    private long orders;
    private int patients;

    BenchData(Connection connection) {
        this.connection = connection;
    }

    private static Map<String, Integer> slots() {
        Map<String, Integer> slots = new LinkedHashMap<>();
        slots.put("SUBMITTED", 15);
        slots.put("CHANGES_REQUESTED", 5);
        slots.put("APPROVED", 10);
        slots.put("REJECTED", 10);
        slots.put("CANCELLED", 10);
        slots.put("COMPOUNDED", 5);
        slots.put("VERIFIED", 5);
        slots.put("DISPENSED", 40);
        return slots;
    }

    /** Makes the API-side fixtures and the templates, then {@code patients} patients by SQL. */
    void prepare(int patients) throws SQLException, IOException {
        this.patients = patients;
        for (int i = 0; i < PRESCRIBERS; i++) {
            clinics.add(Orders.clinic());
        }
        pharmacist = Api.tokenFor("PHARMACIST");
        Map<String, Long> templates = templates(clinics.get(0));

        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_prescriber "
                    + "(n INT PRIMARY KEY, prescriber_id BIGINT, user_id BIGINT, patient_id BIGINT)");
            statement.execute("CREATE TEMPORARY TABLE bench_template (slot INT PRIMARY KEY, order_id BIGINT)");
            statement.execute("SET @patients = " + patients);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_prescriber "
                + "SELECT ?, u.prescriber_id, u.id, ? FROM app_user u WHERE u.prescriber_id = ?")) {
            for (int n = 0; n < clinics.size(); n++) {
                insert.setInt(1, n);
                insert.setLong(2, clinics.get(n).patientId());
                insert.setLong(3, clinics.get(n).prescriberId());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_template VALUES (?, ?)")) {
            int slot = 0;
            for (Map.Entry<String, Integer> status : SLOTS.entrySet()) {
                for (int i = 0; i < status.getValue(); i++) {
                    insert.setInt(1, slot++);
                    insert.setLong(2, templates.get(status.getKey()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        SqlScript.run(connection, "/bench/seed-templates.sql");
        SqlScript.run(connection, "/bench/seed-patients.sql");
    }

    /** One order in every status, made by the clinic's prescriber and walked there through the API. */
    private static Map<String, Long> templates(Clinic clinic) {
        String pharmacist = Api.tokenFor("PHARMACIST");
        String technician = Api.tokenFor("TECHNICIAN");
        long formulation = Formulations.created(Formulations.sertralineCapsules());
        long maker = Compounding.supplier(true, "APPROVED");
        long distributor = Compounding.supplier(false, "APPROVED");
        Map<String, Object> approve = Map.of("decision", "APPROVE", "formulationId", formulation);
        Map<String, Long> templates = new LinkedHashMap<>();
        for (String status : SLOTS.keySet()) {
            long order = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
            templates.put(status, order);
            switch (status) {
                case "SUBMITTED" -> {}
                case "CHANGES_REQUESTED" ->
                    step(pharmacist, order, "review", Map.of("decision", "REQUEST_CHANGES", "reason", "Bench"), 0);
                case "REJECTED" ->
                    step(pharmacist, order, "review", Map.of("decision", "REJECT", "reason", "Bench"), 0);
                case "CANCELLED" -> step(pharmacist, order, "cancel", Map.of("reason", "Bench"), 0);
                case "APPROVED" -> step(pharmacist, order, "review", approve, 0);
                default -> {
                    step(pharmacist, order, "review", approve, 0);
                    step(technician, order, "compounding-record", Compounding.record(maker, distributor, "L0"), 1);
                    if (!status.equals("COMPOUNDED")) {
                        step(pharmacist, order, "verification", Map.of("decision", "RELEASE"), 2);
                    }
                    if (status.equals("DISPENSED")) {
                        step(pharmacist, order, "dispense", null, 3);
                    }
                }
            }
        }
        return templates;
    }

    /** One order action with If-Match of the order's version {@code version}. */
    private static void step(String token, long order, String action, Object body, int version) {
        var request = Api.as(token).header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request.body(body);
        }
        request.post("/api/v1/orders/" + order + "/" + action).then().statusCode(200);
    }

    /** Seeds orders until there are {@code target} seeded ones; returns the seconds it took. */
    double growTo(long target) throws SQLException, IOException {
        long started = System.nanoTime();
        for (long first = orders + 1; first <= target; first += CHUNK) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET @first = " + first + ", @last = " + Math.min(target, first + CHUNK - 1));
            }
            SqlScript.run(connection, "/bench/seed-orders.sql");
        }
        orders = Math.max(orders, target);
        return (System.nanoTime() - started) / 1e9;
    }

    long orders() {
        return orders;
    }

    int patients() {
        return patients;
    }

    /** One call of each measured endpoint, on seeded rows where it reads some, each of which must succeed. */
    void check() throws SQLException {
        Api.as(pharmacist).get("/api/v1/users/me").then().statusCode(200);
        Clinic first = clinics.get(0);
        Orders.submitted(first.prescriberToken(), Orders.sertralineCapsules(first.patientId()));
        for (long order : sampleOrders(5)) {
            Api.as(pharmacist).get("/api/v1/orders/" + order).then().statusCode(200);
        }
        Api.as(pharmacist).get("/api/v1/orders?status=SUBMITTED&size=20").then().statusCode(200);
        Api.as(pharmacist)
                .queryParam("ingredientId", Orders.SERTRALINE)
                .queryParam("lotNumber", "BENCH-LOT-0")
                .get("/api/v1/recalls")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0));
        Clinic clinic = clinics.get(1);
        long own = single("SELECT MIN(id) FROM compounding_order WHERE prescriber_id = " + clinic.prescriberId()
                + " AND number LIKE 'BN-%'");
        Api.as(clinic.prescriberToken()).get("/api/v1/orders/" + own).then().statusCode(200);
    }

    /** The Lua parameters of bench/*.lua for this run. */
    void writeParams(Path file) throws SQLException, IOException {
        StringBuilder lua = new StringBuilder("return {\n");
        lua.append("  pharmacist = ").append(quoted(pharmacist)).append(",\n");
        lua.append("  recallIngredient = ").append(Orders.SERTRALINE).append(",\n");
        lua.append("  orderBody = ")
                .append(quoted(new ObjectMapper().writeValueAsString(Orders.sertralineCapsules(0))))
                .append(",\n");
        lua.append("  orders = {").append(join(sampleOrders(ORDERS_IN_PARAMS))).append("},\n");
        lua.append("  lots = {");
        for (int lot = 0; lot < LOTS_IN_PARAMS && lot < orders / 100; lot++) {
            lua.append(lot == 0 ? "" : ", ").append(quoted("BENCH-LOT-" + lot));
        }
        lua.append("},\n  prescribers = {\n");
        for (Clinic clinic : clinics) {
            List<Long> own = longs("SELECT patient_id FROM bench_patient WHERE prescriber_id = " + clinic.prescriberId()
                    + " ORDER BY n LIMIT " + PATIENTS_PER_PRESCRIBER_IN_PARAMS);
            lua.append("    { token = ")
                    .append(quoted(clinic.prescriberToken()))
                    .append(", patients = {")
                    .append(join(own))
                    .append("} },\n");
        }
        lua.append("  },\n}\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, lua);
    }

    /** Ids of {@code count} seeded orders, spread at random over all of them. */
    private List<Long> sampleOrders(int count) throws SQLException {
        SplittableRandom random = new SplittableRandom(orders);
        String numbers = random.longs(count, 1, orders + 1)
                .mapToObj(n -> String.format("'BN-%09d'", n))
                .collect(Collectors.joining(","));
        return longs("SELECT id FROM compounding_order WHERE number IN (" + numbers + ")");
    }

    private List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private long single(String sql) throws SQLException {
        return longs(sql).get(0);
    }

    private static String join(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A Lua string literal of text without control characters (tokens, JSON, lot numbers). */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
