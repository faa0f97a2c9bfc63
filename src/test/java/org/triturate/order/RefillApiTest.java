package org.triturate.order;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.Fills.dispensed;
import static org.triturate.order.Fills.dispensedDaysAgo;
import static org.triturate.order.Fills.history;
import static org.triturate.order.Fills.read;
import static org.triturate.order.Fills.refill;
import static org.triturate.order.Fills.refilled;
import static org.triturate.order.Fills.today;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triturate.prescriber.Prescriber;
import org.triturate.testing.Api;
import org.triturate.testing.CapturedSql;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** Refill dispensing through the API (contract §8): the chain of fills, its counter, its rules and its races. */
@QuarkusTest
class RefillApiTest {

    /** A statement that reads fills: the refills of an original, by the column that links them to it. */
    private static final Pattern READS_FILLS = Pattern.compile("refill_of\\s*=|=\\s*\\w+\\.refill_of");

    private static final String REASON = "Vial broke on the way home";

    /** The contract's sertraline example (30 days' supply, 2 refills), dispensed {@code daysAgo} days ago. */
    private static long dispensedSertraline(int daysAgo) {
        Clinic clinic = Orders.clinic();
        long order = dispensed(
                Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId())),
                Formulations.sertralineCapsules());
        dispensedDaysAgo(order, daysAgo);
        return order;
    }

    /** A fill walked to DISPENSED like its original, {@code daysAgo} days ago. */
    private static long dispensedFill(long fill, int daysAgo) {
        dispensed(fill, Formulations.sertralineCapsules());
        dispensedDaysAgo(fill, daysAgo);
        return fill;
    }

    @Test
    void aRefillIsANewSubmittedOrderOfTheSameContentNumberedInTheChainOfItsOriginal() {
        long original = dispensedSertraline(25);
        JsonPath before = read(original);
        assertEquals(2, before.getInt("refillsRemaining"));
        assertEquals(List.of(), before.getList("fills"));

        Response response = refill(original, Map.of());
        response.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("refillOf", equalTo((int) original))
                .body("fillNumber", equalTo(2))
                .body("refillsRemaining", equalTo(1))
                .body("refills", equalTo(2))
                .body("fills", equalTo(List.of()))
                .body("actives", equalTo(before.getList("actives")))
                .body("quantity", equalTo(before.getMap("quantity")))
                .body("directions", equalTo(before.getString("directions")))
                .body("writtenOn", equalTo(before.getString("writtenOn")))
                .body("expiresOn", equalTo(before.getString("expiresOn")))
                .body("issuedOn", equalTo(today().toString()))
                .body("checks.find { it.code == 'REFILL_TOO_SOON' }.outcome", equalTo("PASS"))
                .body("checks.find { it.code == 'PRESCRIBER_NOT_LICENSED' }.outcome", equalTo("PASS"));
        long second = response.jsonPath().getLong("id");
        assertTrue(response.header("Location").endsWith("/api/v1/orders/" + second), response.header("Location"));

        JsonPath counted = read(original);
        assertEquals(1, counted.getInt("refillsRemaining"));
        assertEquals("DISPENSED", counted.getString("status"));
        assertEquals(List.of(Map.of("orderId", (int) second, "fillNumber", 2)), counted.getList("fills"));
        assertEquals("ORDER_REFILL_ISSUED", history(original).getString("items[-1].action"));
        assertEquals("DISPENSED", history(original).getString("items[-1].toStatus"));

        // Fill 2 is not dispensed yet: the fill itself cannot be refilled, and a refill of the original is too soon
        refill(second, Map.of()).then().statusCode(409).body("violations.code", contains("INVALID_TRANSITION"));
        refill(original, Map.of())
                .then()
                .statusCode(422)
                .body("violations.code", contains("REFILL_TOO_SOON"))
                .body("violations[0].message", containsString("Fill 2 has not been dispensed yet"));

        // Refilled through its latest fill: the chain's original still counts, fill 3 follows fill 2
        dispensedFill(second, 25);
        long third = refill(second, Map.of())
                .then()
                .statusCode(201)
                .body("refillOf", equalTo((int) original))
                .body("fillNumber", equalTo(3))
                .body("refillsRemaining", equalTo(0))
                .extract()
                .jsonPath()
                .getLong("id");
        JsonPath chain = read(original);
        assertEquals(0, chain.getInt("refillsRemaining"));
        assertEquals(
                List.of(
                        Map.of("orderId", (int) second, "fillNumber", 2),
                        Map.of("orderId", (int) third, "fillNumber", 3)),
                chain.getList("fills"));

        dispensedFill(third, 25);
        refill(original, Map.of()).then().statusCode(422).body("violations.code", contains("NO_REFILLS_REMAINING"));
        refill(third, Map.of()).then().statusCode(422).body("violations.code", contains("NO_REFILLS_REMAINING"));
    }

    @Test
    void aRefillBeforeThreeQuartersOfTheSupplyNeedsAReasonWhichTheHistoryKeeps() {
        // 30 days' supply: 75 % passes on day 23
        long original = dispensedSertraline(22);
        refill(original, Map.of())
                .then()
                .statusCode(422)
                .body("violations.code", contains("REFILL_TOO_SOON"))
                .body("violations[0].field", equalTo("earlyRefillReason"))
                .body(
                        "violations[0].message",
                        containsString(today().plusDays(1).toString()));
        // nine characters, whatever whitespace surrounds them, are not enough
        refill(original, Map.of("earlyRefillReason", "  Lost vial  "))
                .then()
                .statusCode(422)
                .body("violations.code", contains("REFILL_TOO_SOON"));
        assertEquals(2, read(original).getInt("refillsRemaining"));

        refill(original, Map.of("earlyRefillReason", REASON))
                .then()
                .statusCode(201)
                .body("checks.find { it.code == 'REFILL_TOO_SOON' }.outcome", equalTo("WARN"));
        JsonPath entries = history(original);
        assertEquals("ORDER_REFILL_ISSUED", entries.getString("items[-1].action"));
        assertTrue(entries.getString("items[-1].note").contains(REASON), entries.getString("items[-1].note"));
    }

    @Test
    void aRefillAtThreeQuartersOfTheSupplyIsInTime() {
        refill(dispensedSertraline(23), Map.of()).then().statusCode(201);
    }

    @Test
    void aScheduleThreeKetamineRefillSixMonthsAfterWritingIsExpired() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> troches = Orders.sertralineCapsules(clinic.patientId());
        troches.put("dosageForm", "TROCHE");
        troches.put("actives", List.of(Orders.active(Orders.KETAMINE, 50, "mg")));
        troches.put("quantity", Orders.quantity(8, "unit"));
        troches.put("daysSupply", 8);
        troches.put("directions", "Dissolve 1 troche between cheek and gum as directed, in clinic only");
        troches.put("refills", 5);
        troches.put(
                "clinicalRationale",
                Orders.rationale(
                        "ALTERNATIVE_DOSAGE_FORM",
                        "No oral mucosal ketamine is marketed; treatment-resistant depression after four trials"));
        Map<String, Object> formulation = Formulations.sertralineCapsules();
        formulation.put("name", "Ketamine 50 mg troches");
        formulation.put("dosageForm", "TROCHE");
        formulation.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.KETAMINE, "amountPerUnit", Orders.quantity(50, "mg"))));
        long original = dispensed(Orders.submitted(clinic.prescriberToken(), troches), formulation);
        assertEquals(today().plusMonths(6).toString(), read(original).getString("expiresOn"));

        // Six months and a day later (the fill long used up)
        QuarkusTransaction.requiringNew().run(() -> {
            CompoundingOrder stored = CompoundingOrder.findById(original);
            stored.writtenOn = today().minusMonths(6).minusDays(1);
            stored.expiresOn = stored.writtenOn.plusMonths(6);
        });
        dispensedDaysAgo(original, 40);
        refill(original, Map.of()).then().statusCode(422).body("violations.code", contains("PRESCRIPTION_EXPIRED"));
        assertEquals(5, read(original).getInt("refillsRemaining"));
    }

    @Test
    void aLapsedLicenceStopsTheRefill() {
        long original = dispensedSertraline(25);
        long prescriberId = read(original).getLong("prescriberId");
        QuarkusTransaction.requiringNew()
                .run(() -> Prescriber.<Prescriber>findById(prescriberId)
                        .licenses
                        .forEach(licence -> licence.expiresOn = today().minusDays(1)));
        refill(original, Map.of()).then().statusCode(422).body("violations.code", contains("PRESCRIBER_NOT_LICENSED"));
    }

    @Test
    void everyFailureOfARefillIsReportedTogether() {
        long original = dispensedSertraline(1);
        long prescriberId = read(original).getLong("prescriberId");
        QuarkusTransaction.requiringNew()
                .run(() -> Prescriber.<Prescriber>findById(prescriberId)
                        .licenses
                        .forEach(licence -> licence.expiresOn = today().minusDays(1)));
        refill(original, Map.of())
                .then()
                .statusCode(422)
                .body("violations.code", contains("PRESCRIBER_NOT_LICENSED", "REFILL_TOO_SOON"));
    }

    @Test
    void onlyADispensedOrderIsRefilled() {
        Clinic clinic = Orders.clinic();
        long submitted = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        refill(submitted, Map.of())
                .then()
                .statusCode(409)
                .body("violations.code", contains("INVALID_TRANSITION"))
                .body("violations[0].message", containsString("SUBMITTED"));
    }

    @Test
    void onlyAPharmacistRefillsWithTheOrdersVersionAndAStrictBody() {
        long original = dispensedSertraline(25);
        String etag = Orders.etag(original);
        for (String role : List.of("TECHNICIAN", "PRESCRIBER")) {
            Api.as(Api.tokenFor(role))
                    .header("If-Match", etag)
                    .body(Map.of())
                    .post("/api/v1/orders/" + original + "/refill")
                    .then()
                    .statusCode(403);
        }
        String pharmacist = Fills.pharmacist();
        Api.as(pharmacist)
                .body(Map.of())
                .post("/api/v1/orders/" + original + "/refill")
                .then()
                .statusCode(428)
                .body("violations.code", contains("PRECONDITION_REQUIRED"));
        Api.as(pharmacist)
                .header("If-Match", "\"999\"")
                .body(Map.of())
                .post("/api/v1/orders/" + original + "/refill")
                .then()
                .statusCode(412)
                .body("violations.code", contains("VERSION_CONFLICT"));
        Api.as(pharmacist)
                .header("If-Match", etag)
                .body(Map.of("earlyRefilReason", REASON))
                .post("/api/v1/orders/" + original + "/refill")
                .then()
                .statusCode(400)
                .body("violations.code", contains("INVALID_FIELD"));
        Api.as(pharmacist)
                .header("If-Match", etag)
                .body(Map.of())
                .post("/api/v1/orders/999999999/refill")
                .then()
                .statusCode(404);
        assertEquals(2, read(original).getInt("refillsRemaining"));
        // no body at all is a refill without a reason
        Api.as(pharmacist)
                .header("If-Match", etag)
                .post("/api/v1/orders/" + original + "/refill")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/orders/" + (read(original).getLong("fills[0].orderId"))));
    }

    @Test
    void aCancelledFillGivesItsRefillBackAndTheNextFillFollowsIt() {
        long original = dispensedSertraline(25);
        long second = refilled(original);
        assertEquals(1, read(original).getInt("refillsRemaining"));
        Api.as(Fills.pharmacist())
                .header("If-Match", Orders.etag(second))
                .body(Map.of("reason", "Patient moved away"))
                .post("/api/v1/orders/" + second + "/cancel")
                .then()
                .statusCode(200);
        JsonPath back = read(original);
        assertEquals(2, back.getInt("refillsRemaining"));
        JsonPath entries = history(original);
        assertEquals("ORDER_REFILL_RETURNED", entries.getString("items[-1].action"));
        assertTrue(entries.getString("items[-1].note").contains("CANCELLED"), entries.getString("items[-1].note"));

        // The previous fill is the original again; fill numbers are not reused
        refill(original, Map.of())
                .then()
                .statusCode(201)
                .body("fillNumber", equalTo(3))
                .body("refillsRemaining", equalTo(1));
        assertEquals(List.of(2, 3), read(original).getList("fills.fillNumber"));
    }

    @Test
    void aRejectedFillGivesItsRefillBack() {
        long original = dispensedSertraline(25);
        long second = refilled(original);
        Api.as(Fills.pharmacist())
                .header("If-Match", Orders.etag(second))
                .body(Map.of("decision", "REJECT", "reason", "Duplicate of a fill given elsewhere"))
                .post("/api/v1/orders/" + second + "/review")
                .then()
                .statusCode(200);
        assertEquals(2, read(original).getInt("refillsRemaining"));
    }

    @Test
    void aFillIsNotSentBackForChanges() {
        long second = refilled(dispensedSertraline(25));
        Api.as(Fills.pharmacist())
                .header("If-Match", Orders.etag(second))
                .body(Map.of("decision", "REQUEST_CHANGES", "reason", "Please confirm the directions"))
                .post("/api/v1/orders/" + second + "/review")
                .then()
                .statusCode(409)
                .body("violations.code", contains("INVALID_TRANSITION"))
                .body("violations[0].message", containsString("REJECT"));
        assertEquals("SUBMITTED", read(second).getString("status"));
    }

    @Test
    void twoPharmacistsRefillingAtOnceIssueOneFill() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long original = dispensedSertraline(25);
                String etag = Orders.etag(original);
                List<String> tokens = List.of(Api.tokenFor("PHARMACIST"), Api.tokenFor("PHARMACIST"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (String token : tokens) {
                    Callable<Integer> attempt = () -> {
                        start.await();
                        return Api.as(token)
                                .header("If-Match", etag)
                                .body(Map.of())
                                .post("/api/v1/orders/" + original + "/refill")
                                .statusCode();
                    };
                    outcomes.add(pool.submit(attempt));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    statuses.add(outcome.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one refill wins: " + statuses);
                assertTrue(
                        statuses.stream().allMatch(s -> s == 201 || s == 412 || s == 422),
                        "the other gets 412 or 422: " + statuses);
                JsonPath after = read(original);
                assertEquals(1, after.getInt("refillsRemaining"));
                assertEquals(1, after.getList("fills").size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAnOriginalWithFillsCostsAStatementForThem() {
        long original = dispensedSertraline(25);
        String pharmacist = Fills.pharmacist();
        assertEquals(0, fillReadsOf(() -> Api.as(pharmacist).get("/api/v1/orders/" + original)));
        long patientId = read(original).getLong("patientId");
        assertEquals(
                0,
                fillReadsOf(() ->
                        Api.as(pharmacist).queryParam("patientId", patientId).get("/api/v1/orders")));

        refilled(original);
        assertEquals(1, fillReadsOf(() -> Api.as(pharmacist).get("/api/v1/orders/" + original)));
        assertEquals(
                1,
                fillReadsOf(() ->
                        Api.as(pharmacist).queryParam("patientId", patientId).get("/api/v1/orders")));
        Api.as(pharmacist)
                .queryParam("patientId", patientId)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .body("items.fillNumber", contains(2, 1))
                .body("items[1].fills.fillNumber", contains(2))
                .body("items[0].fills", equalTo(List.of()))
                .body("items.refillsRemaining", hasItem(1));
    }

    private static long fillReadsOf(Callable<Response> request) {
        try (CapturedSql captured = CapturedSql.start()) {
            assertEquals(200, request.call().statusCode());
            return captured.statements().stream()
                    .filter(sql -> READS_FILLS.matcher(sql).find())
                    .count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
