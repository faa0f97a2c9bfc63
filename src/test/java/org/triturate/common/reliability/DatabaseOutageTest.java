package org.triturate.common.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.DatabaseLink;
import org.triturate.testing.Orders;
import org.triturate.testing.Registry;

/**
 * The service under database faults injected by a {@link DatabaseLink}: a frozen or vanished database answers 503
 * within the configured bound, readiness follows the database, and a COMMIT whose reply is lost is reported as such
 * and settled by a retry with the same Idempotency-Key.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ShortTimeouts.class)
class DatabaseOutageTest {

    /** Socket 2 s plus acquisition 1 s, with room for a loaded machine. */
    private static final Duration BOUND = Duration.ofMillis(4500);

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1000",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "2000",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.sessionVariables", "max_statement_time=1",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LinkedDatabase.class));
        }
    }

    private final DatabaseLink link = LinkedDatabase.link;

    @BeforeEach
    void databaseReachable() {
        awaitReadiness("UP", Duration.ofSeconds(10));
    }

    @AfterEach
    void repair() {
        link.thaw();
        link.restore();
    }

    @Test
    void aFrozenDatabaseAnswers503WithinTheBoundAndRecoversAfterThaw() {
        String token = Orders.clinic().prescriberToken();
        long patient = Orders.newPatient(token, "Outage");

        link.freeze();
        assertUnavailable(() -> Api.as(token).get("/api/v1/patients/" + patient));
        assertUnavailable(() -> Api.as(token).body(Registry.patient("Frozen")).post("/api/v1/patients"));

        link.thaw();
        Api.as(token).get("/api/v1/patients/" + patient).then().statusCode(200);
        Api.as(token)
                .body(Registry.patient("Thawed"))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);
    }

    @Test
    void aVanishedDatabaseAnswers503FastAndReadinessFollowsIt() {
        String token = Orders.clinic().prescriberToken();
        long patient = Orders.newPatient(token, "Outage");

        link.cut();
        assertUnavailable(() -> Api.as(token).get("/api/v1/patients/" + patient));
        long seconds = awaitReadiness("DOWN", Duration.ofSeconds(5));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        link.restore();
        awaitReadiness("UP", Duration.ofSeconds(5));
        Api.as(token).get("/api/v1/patients/" + patient).then().statusCode(200);
        assertTrue(seconds <= 5);
    }

    @Test
    void eachReadinessCallAnswersWithinTheBoundWhileTheDatabaseIsFrozen() {
        link.freeze();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            assertTrue(millisSince(started) < 3000, "readiness took " + millisSince(started) + " ms");
        }
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aLostCommitReplyIsReportedAndTheRetryWithTheSameKeyReturnsTheCommittedOrder() {
        Orders.Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        String key = UUID.randomUUID().toString();
        Api.as(clinic.prescriberToken()).get("/api/v1/users/me").then().statusCode(200);

        link.swallowNextCommitReply();
        Response lost = submit(clinic.prescriberToken(), key, body);
        assertTrue(link.replySwallowed(), "the order's COMMIT went through the link");
        lost.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("violations[0].code", equalTo("COMMIT_OUTCOME_UNKNOWN"))
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));

        Response retried = submit(clinic.prescriberToken(), key, body);
        retried.then().statusCode(200).body("status", equalTo("SUBMITTED"));
        long id = retried.jsonPath().getLong("id");
        Api.as(clinic.prescriberToken())
                .get("/api/v1/orders?patientId=" + clinic.patientId())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void aLostCommitReplyOfAnotherChangeTellsTheClientToReadAgain() {
        String token = Orders.clinic().prescriberToken();
        Api.as(token).get("/api/v1/users/me").then().statusCode(200); // the session is cached: its read commits too

        link.swallowNextCommitReply();
        Response lost = Api.as(token).body(Registry.patient("Unknown")).post("/api/v1/patients");
        assertTrue(link.replySwallowed(), "the patient's COMMIT went through the link");
        lost.then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("violations[0].code", equalTo("COMMIT_OUTCOME_UNKNOWN"))
                .body("detail", org.hamcrest.Matchers.containsString("Read the resource again"));
    }

    @Test
    void aSubmissionThatFailsBeforeItsCommitChangesNothingAndTheRetryCreatesTheOrder() {
        Orders.Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        String key = UUID.randomUUID().toString();

        link.cut();
        submit(clinic.prescriberToken(), key, body)
                .then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("violations[0].code", equalTo("SERVICE_UNAVAILABLE"));

        link.restore();
        awaitReadiness("UP", Duration.ofSeconds(5));
        submit(clinic.prescriberToken(), key, body).then().statusCode(201);
    }

    @Test
    void authenticationDuringAnOutageIs503NotUnauthorized() {
        String fresh = Api.token(Api.createUser("TECHNICIAN"), Api.PASSWORD); // not yet in the session cache
        link.freeze();
        assertUnavailable(() -> Api.as(fresh).get("/api/v1/users/me"));
        assertUnavailable(() -> given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
                .post("/api/v1/auth/token"));
    }

    private static Response submit(String token, String key, Map<String, Object> body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).post("/api/v1/orders");
    }

    private static void assertUnavailable(Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        long elapsed = millisSince(started);
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("SERVICE_UNAVAILABLE"));
        assertEquals("5", response.header("Retry-After"));
        assertTrue(elapsed < BOUND.toMillis(), "answered in " + elapsed + " ms");
    }

    /** Polls readiness until it reports {@code status}; returns the seconds it took. */
    private static long awaitReadiness(String status, Duration within) {
        long started = System.nanoTime();
        while (millisSince(started) < within.toMillis()) {
            if (status.equals(given().get("/q/health/ready").jsonPath().getString("status"))) {
                return Math.max(1, millisSince(started) / 1000);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("readiness not " + status + " within " + within);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
