package org.triturate.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triturate.testing.Api;
import org.triturate.testing.CapturedSql;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/**
 * The plans of the statements the order reads, the history and the recall really send (captured from Hibernate and
 * EXPLAINed with the request's values), among 20,000 seeded orders and components and fresh index statistics: each
 * uses the index meant for it, never a full scan (type ALL); a list page comes in index order where the filter
 * allows (no filesort) and every count reads its index alone. The seeded rows are removed afterwards.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadIndexesTest {

    private static final int SEEDED = 20_000;
    private static final String SEED_LOT = "RIX-";
    private static final String NUMBERS =
            "(WITH RECURSIVE n (seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM n WHERE seq < " + SEEDED
                    + ") SELECT seq FROM n)";
    /** Seeded orders belong to 2,000 patients and 40 prescribers that are ids only (foreign keys off while seeding). */
    private static final long FIRST_FAKE_ID = 1_000_000_000L;

    private static final String PRIMARY = "PRIMARY";
    private static final String STATUS = "ix_compounding_order_status";
    /** MariaDB's index for the patient's foreign key. */
    private static final String PATIENT = "fk_compounding_order_patient";

    private static final String PRESCRIBER = "ix_compounding_order_prescriber";
    private static final String PRESCRIBER_STATUS = "ix_compounding_order_prescriber_status";
    private static final String REASSESS_BY = "ix_compounding_order_reassess_by";
    private static final String STATUS_REASSESS_BY = "ix_compounding_order_status_reassess_by";

    @Inject
    DataSource dataSource;

    private long order;
    private String pharmacist;

    /** Once, before the first test (a @BeforeAll runs before REST Assured knows the test port). */
    @BeforeEach
    void seed() throws SQLException {
        if (pharmacist != null) {
            return;
        }
        order = Compounding.verifiedOrder();
        pharmacist = Api.tokenFor("PHARMACIST");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("SET foreign_key_checks = 0");
            // The numbers 1 to SEEDED (the runtime account may not read the SEQUENCE engine's seq_1_to_N tables).
            sql.execute("SET max_recursive_iterations = " + SEEDED);
            String copied = columnsExcept(
                    sql,
                    "compounding_order",
                    Set.of("id", "number", "idempotency_key", "status", "patient_id", "prescriber_id", "reassess_by"));
            sql.execute("INSERT INTO compounding_order (" + copied
                    + ", number, status, patient_id, prescriber_id, reassess_by) SELECT " + copied
                    + ", CONCAT('" + SEED_LOT + "', s.seq),"
                    + " CASE s.seq % 50 WHEN 0 THEN 'SUBMITTED' WHEN 1 THEN 'APPROVED' WHEN 2 THEN 'CANCELLED'"
                    + " ELSE 'DISPENSED' END, "
                    + FIRST_FAKE_ID + " + s.seq % 2000, " + FIRST_FAKE_ID + " + s.seq % 40,"
                    + " DATE '2030-01-01' + INTERVAL (s.seq % 1000) DAY"
                    + " FROM compounding_order o JOIN " + NUMBERS + " s WHERE o.id = " + order);
            sql.execute("INSERT INTO compounding_component (record_id, position, ingredient_id, supplier_id,"
                    + " lot_number, expires_on, quantity_value, quantity_unit)"
                    + " SELECT c.record_id, 1000 + s.seq, c.ingredient_id, c.supplier_id, CONCAT('" + SEED_LOT
                    + "', s.seq % 2000), c.expires_on, c.quantity_value, c.quantity_unit"
                    + " FROM compounding_component c JOIN compounding_order o ON o.compounding_record_id = c.record_id"
                    + " JOIN " + NUMBERS + " s WHERE o.id = " + order + " AND c.position = 0");
            // One active and one check per seeded order, so that the page's collection reads meet real tables.
            sql.execute("INSERT INTO order_active (order_id, position, ingredient_id, strength_value, strength_unit,"
                    + " daily_dose_value, daily_dose_unit) SELECT o.id, a.position, a.ingredient_id, a.strength_value,"
                    + " a.strength_unit, a.daily_dose_value, a.daily_dose_unit FROM compounding_order o"
                    + " JOIN order_active a ON a.order_id = " + order + " AND a.position = 0"
                    + " WHERE o.number LIKE '" + SEED_LOT + "%'");
            sql.execute("INSERT INTO order_check (order_id, position, code, outcome, detail)"
                    + " SELECT o.id, c.position, c.code, c.outcome, c.detail FROM compounding_order o"
                    + " JOIN order_check c ON c.order_id = " + order + " AND c.position = 0"
                    + " WHERE o.number LIKE '" + SEED_LOT + "%'");
            sql.execute("SET foreign_key_checks = 1");
            for (String table : List.of(
                    "compounding_order", "order_active", "order_check", "compounding_component", "audit_event")) {
                sql.execute("ANALYZE TABLE " + table);
            }
        }
    }

    @AfterAll
    void removeSeed() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM compounding_component WHERE lot_number LIKE '" + SEED_LOT + "%'");
            // Their actives and checks go with them (ON DELETE CASCADE).
            sql.execute("DELETE FROM compounding_order WHERE number LIKE '" + SEED_LOT + "%'");
            sql.execute("ANALYZE TABLE compounding_order");
        }
    }

    /**
     * Each filter of the list (as query parameters, '&'-separated), the index its page and its count use, whether
     * the page comes in index order (no filesort) and whether the count reads the index alone.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "                                              | PRIMARY            | *                  | true  | true",
                "status=SUBMITTED                              | STATUS             | STATUS             | true  | true",
                "patientId=P                                   | PATIENT            | PATIENT            | true  | true",
                "patientId=P&status=DISPENSED                  | PATIENT            | PATIENT            | true  | false",
                "prescriberId=D                                | PRESCRIBER         | PRESCRIBER         | true  | true",
                "prescriberId=D&status=SUBMITTED               | PRESCRIBER_STATUS  | PRESCRIBER_STATUS  | true  | true",
                "patientId=P&prescriberId=D                    | *                  | *                  | false | true ",
                "reassessDueBefore=2030-01-20                  | REASSESS_BY        | REASSESS_BY        | false | true",
                "status=DISPENSED&reassessDueBefore=2030-01-20 | STATUS_REASSESS_BY/STATUS | STATUS_REASSESS_BY | false | true",
                "status=SUBMITTED&afterId=A                    | STATUS             | STATUS             | true  | true",
                "status=DISPENSED&afterId=A                    | STATUS             | STATUS             | true  | true",
                "patientId=P&afterId=A                         | PATIENT            | PATIENT            | true  | true",
                "patientId=P&status=DISPENSED&afterId=A        | PATIENT            | PATIENT            | true  | false",
                "prescriberId=D&afterId=A                      | PRESCRIBER         | PRESCRIBER         | true  | true",
                "prescriberId=D&status=DISPENSED&afterId=A     | PRESCRIBER/PRESCRIBER_STATUS | PRESCRIBER_STATUS | true | true",
                "reassessDueBefore=2030-01-20&afterId=A        | *                  | REASSESS_BY        | false | true",
                "status=DISPENSED&reassessDueBefore=2030-01-20&afterId=A | * | STATUS_REASSESS_BY | false | true"
            })
    void everyListFilterIsAnIndexRangeAndCountsFromTheIndex(
            String filters, String pageIndex, String countIndex, boolean inIndexOrder, boolean countFromIndex)
            throws SQLException {
        Map<String, String> parameters = parameters(filters);
        RequestSpecification request = Api.as(pharmacist);
        parameters.forEach(request::queryParam);
        List<String> sent;
        try (CapturedSql captured = CapturedSql.start()) {
            request.get("/api/v1/orders").then().statusCode(200);
            sent = captured.statements();
        }
        // The values bound, in the order of the service's conditions (status, patient, prescriber, date, cursor).
        List<String> values = new ArrayList<>();
        for (String name : List.of("status", "patientId", "prescriberId", "reassessDueBefore", "afterId")) {
            if (parameters.containsKey(name)) {
                values.add(literal(parameters.get(name)));
            }
        }
        List<Map<String, String>> count = explain(only(sent, sql -> sql.startsWith("select count(")), values);
        assertUses(count, countIndex);
        if (countFromIndex) {
            assertTrue(count.get(0).get("Extra").contains("Using index"), "the count reads only the index: " + count);
        }

        List<Map<String, String>> page = explain(
                only(
                        sent,
                        sql -> sql.contains("from compounding_order")
                                && !sql.startsWith("select count(")
                                && !sql.contains(" join ")),
                values);
        assertUses(page, pageIndex);
        if (parameters.containsKey("afterId")) {
            // A ref on the filter's columns alone would walk every match newer than the cursor before the page.
            assertEquals("range", page.get(0).get("type"), "the cursor bounds the index read: " + page);
        }
        if (inIndexOrder) {
            assertFalse(page.get(0).get("Extra").contains("filesort"), "the page comes in index order: " + page);
        }
        for (String fetch : sent.stream().filter(sql -> sql.contains(" join ")).toList()) {
            assertNoFullScan(explain(fetch, List.of(String.valueOf(order))));
        }
    }

    /** The forced statement of a status page after the cursor answers what the filter means, collections included. */
    @Test
    void aStatusPageAfterTheCursorIsTheNextOrdersInThatStatus() throws SQLException {
        long cursor = order + SEEDED / 2;
        List<Long> expected = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id FROM compounding_order IGNORE INDEX"
                        + " (ix_compounding_order_status, ix_compounding_order_status_reassess_by)"
                        + " WHERE status = 'DISPENSED' AND id < " + cursor + " ORDER BY id DESC LIMIT 20")) {
            while (rows.next()) {
                expected.add(rows.getLong(1));
            }
        }
        JsonPath page = Api.as(pharmacist)
                .queryParam("status", "DISPENSED")
                .queryParam("afterId", cursor)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(20, expected.size());
        assertEquals(expected, page.getList("items.id", Long.class));
        assertEquals(
                List.of("DISPENSED"),
                page.getList("items.status", String.class).stream().distinct().toList());
        page.getList("items.actives", List.class)
                .forEach(actives -> assertFalse(actives.isEmpty(), "each order with its actives"));
    }

    @Test
    void oneOrderIsTwoPrimaryKeyLookups() throws SQLException {
        List<String> sent;
        try (CapturedSql captured = CapturedSql.start()) {
            Api.as(pharmacist).get("/api/v1/orders/" + order).then().statusCode(200);
            sent = captured.statements();
        }
        List<String> orderStatements = sent.stream()
                .filter(sql -> sql.contains("compounding_order") || sql.contains("order_check"))
                .toList();
        assertEquals(2, orderStatements.size(), "the order with its actives, then its checks: " + sent);
        for (String sql : orderStatements) {
            List<Map<String, String>> plan = explain(sql, List.of(String.valueOf(order)));
            assertNoFullScan(plan);
            plan.forEach(row -> assertEquals(PRIMARY, row.get("key"), "by primary key: " + plan));
        }
    }

    @Test
    void theHistoryReadsTheOrdersEventsFromTheirIndexInOrder() throws SQLException {
        List<String> sent;
        try (CapturedSql captured = CapturedSql.start()) {
            Api.as(pharmacist)
                    .get("/api/v1/orders/" + order + "/history")
                    .then()
                    .statusCode(200);
            sent = captured.statements();
        }
        List<Map<String, String>> events = explain(
                only(sent, sql -> sql.contains("audit_event")),
                List.of(literal(OrderLifecycle.ENTITY_TYPE), String.valueOf(order)));
        assertUses(events, "ix_audit_event_entity");
        assertFalse(events.get(0).get("Extra").contains("filesort"), "oldest first by the index: " + events);
    }

    @Test
    void aRecallFindsTheLotsPreparationsFromTheLotIndex() throws SQLException {
        String lot = SEED_LOT + 7;
        List<String> sent;
        try (CapturedSql captured = CapturedSql.start()) {
            Api.as(pharmacist)
                    .queryParam("ingredientId", Orders.SERTRALINE)
                    .queryParam("lotNumber", lot)
                    .get("/api/v1/recalls")
                    .then()
                    .statusCode(200);
            sent = captured.statements();
        }
        List<Map<String, String>> byLot = explain(
                only(sent, sql -> sql.contains("lot_number=?")),
                List.of(String.valueOf(Orders.SERTRALINE), literal(lot)));
        assertTrue(
                byLot.stream().anyMatch(row -> "ix_compounding_component_lot".equals(row.get("key"))),
                "the components of the lot come from their index: " + byLot);
        assertNoFullScan(byLot);
        for (String sql :
                sent.stream().filter(sql -> !sql.contains("lot_number=?")).toList()) {
            assertNoFullScan(explain(sql, List.of(String.valueOf(order))));
        }
    }

    private static void assertUses(List<Map<String, String>> plan, String intended) {
        assertNoFullScan(plan);
        if (!intended.equals("*")) {
            // Alternatives are '/'-separated: with a LIMIT the optimizer may rather walk an index in the list's order.
            List<String> indexes = Arrays.stream(intended.split("/", -1))
                    .map(ReadIndexesTest::index)
                    .toList();
            assertTrue(indexes.contains(plan.get(0).get("key")), "one of " + indexes + ": " + plan);
        } else {
            assertNotEquals(null, plan.get(0).get("key"), "an index: " + plan);
        }
    }

    private static void assertNoFullScan(List<Map<String, String>> plan) {
        plan.forEach(row -> assertNotEquals("ALL", row.get("type"), "a full scan: " + plan));
    }

    private static String index(String name) {
        return switch (name) {
            case "PRIMARY" -> PRIMARY;
            case "STATUS" -> STATUS;
            case "PATIENT" -> PATIENT;
            case "PRESCRIBER" -> PRESCRIBER;
            case "PRESCRIBER_STATUS" -> PRESCRIBER_STATUS;
            case "REASSESS_BY" -> REASSESS_BY;
            case "STATUS_REASSESS_BY" -> STATUS_REASSESS_BY;
            default -> name;
        };
    }

    /** The filters with P, D and A standing for a seeded patient, prescriber and order id. */
    private Map<String, String> parameters(String filters) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filters == null || filters.isBlank()) {
            return parameters;
        }
        Function<String, String> value = v -> switch (v) {
            case "P" -> String.valueOf(FIRST_FAKE_ID + 7);
            case "D" -> String.valueOf(FIRST_FAKE_ID + 10);
            case "A" -> String.valueOf(order + SEEDED / 2);
            default -> v;
        };
        for (String filter : filters.trim().split("&", -1)) {
            String[] pair = filter.split("=", 2);
            parameters.put(pair[0], value.apply(pair[1]));
        }
        return parameters;
    }

    private static String literal(String value) {
        return value.chars().allMatch(Character::isDigit) ? value : "'" + value + "'";
    }

    private static String only(List<String> sent, Predicate<String> which) {
        List<String> matching = sent.stream().filter(which).toList();
        assertEquals(1, matching.size(), "one such statement among " + sent);
        return matching.get(0);
    }

    /** EXPLAIN of {@code sql} with its placeholders replaced by {@code values} in order (then 20, e.g. a limit). */
    private List<Map<String, String>> explain(String sql, List<String> values) throws SQLException {
        StringBuilder bound = new StringBuilder();
        Iterator<String> next = values.iterator();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                bound.append(next.hasNext() ? next.next() : "20");
            } else {
                bound.append(c);
            }
        }
        List<Map<String, String>> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN " + bound)) {
            while (rows.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : List.of("table", "type", "key", "rows", "Extra")) {
                    row.put(column, rows.getString(column));
                }
                plan.add(row);
            }
        }
        System.out.printf("ReadIndexesTest: EXPLAIN %s%n    %s%n", bound, plan);
        return plan;
    }

    private static String columnsExcept(Statement sql, String table, Set<String> excluded) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rows.next()) {
                if (!excluded.contains(rows.getString(1))) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return String.join(", ", columns);
    }
}
