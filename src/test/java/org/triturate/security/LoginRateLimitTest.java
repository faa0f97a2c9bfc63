package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/**
 * The login rate limits at their production values (the other tests run with them raised). A trusted proxy is
 * configured here, so that each test can come from its own client address through X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(LoginRateLimitTest.ProductionLimits.class)
class LoginRateLimitTest {

    private static final int PER_IP = 60;
    private static final int PER_ACCOUNT = 10;

    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "triturate.login.rate.per-ip", String.valueOf(PER_IP),
                    "triturate.login.rate.per-account", String.valueOf(PER_ACCOUNT),
                    "triturate.login.rate.window", "PT1M",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static Response login(String from, String username, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    @Test
    void oneAddressMayNotTryMoreThanItsLimitOfNames() {
        String user = Api.createUser("TECHNICIAN");
        for (int i = 0; i < PER_IP; i++) {
            login("192.0.2.10", Api.unique("guess"), "wrong password").then().statusCode(401);
        }
        Response refused = login("192.0.2.10", user, Api.PASSWORD);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("TOO_MANY_ATTEMPTS"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        login("192.0.2.11", user, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void oneUsernameMayNotBeTriedMoreThanItsLimitFromAnywhere() {
        String user = Api.createUser("TECHNICIAN");
        for (int i = 0; i < PER_ACCOUNT; i++) {
            login("198.51.100." + i, user, Api.PASSWORD).then().statusCode(200);
        }
        Response refused = login("198.51.100.200", user.toUpperCase(), Api.PASSWORD);
        assertEquals(429, refused.statusCode());
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
    }

    @Test
    void theLockoutAnswerCarriesRetryAfterToo() {
        String user = Api.createUser("TECHNICIAN");
        for (int i = 0; i < 5; i++) {
            login("203.0.113.7", user, "wrong password").then().statusCode(401);
        }
        Response locked = login("203.0.113.7", user, Api.PASSWORD);
        assertEquals(429, locked.statusCode());
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    }
}
