package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

@QuarkusTest
class LoginLockoutTest {

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private static void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i).then().statusCode(401);
        }
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
        String username = Api.createUser("TECHNICIAN");
        failFiveTimes(username);
        login(username, Api.PASSWORD)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void fourFailuresDoNotLock() {
        String username = Api.createUser("TECHNICIAN");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong password").then().statusCode(401);
        }
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void unknownUsernamesAreLockedTheSameWay() {
        String username = Api.unique("ghost");
        failFiveTimes(username);
        Response locked = login(username, "anything at all");
        locked.then().statusCode(429);
        String realUser = Api.createUser("TECHNICIAN");
        failFiveTimes(realUser);
        assertEquals(429, login(realUser, Api.PASSWORD).statusCode());
    }

    @Test
    void theLockIsPerUsernameAndIgnoresLetterCase() {
        String locked = Api.createUser("TECHNICIAN");
        String other = Api.createUser("TECHNICIAN");
        failFiveTimes(locked);
        login(locked.toUpperCase(), Api.PASSWORD).then().statusCode(429);
        login(other, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        String username = Api.createUser("TECHNICIAN");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong password").then().statusCode(401);
        }
        login(username, Api.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(username, "wrong password").then().statusCode(401);
        }
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void failuresFromBeforeTheLookBackAreForgotten() {
        String username = Api.createUser("TECHNICIAN");
        recordFailures(username, Instant.now().minus(Duration.ofMinutes(31)), 5);
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void aLockStillRunningInTheDatabaseIsHonoured() {
        String username = Api.createUser("TECHNICIAN");
        // Five failures ten minutes ago, 40 seconds apart: locked until about five minutes from now.
        recordFailures(username, Instant.now().minus(Duration.ofMinutes(10)), 5);
        login(username, Api.PASSWORD).then().statusCode(429);
    }

    private static void recordFailures(String username, Instant from, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                LoginFailure failure = new LoginFailure();
                failure.usernameKey = username.toLowerCase();
                failure.failedAt = from.plusSeconds(i * 10L);
                failure.persist();
            }
        });
    }
}
