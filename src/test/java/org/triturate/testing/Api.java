package org.triturate.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helpers that go through the public API: tokens for the bootstrap admin and for fresh users of each role.
 * All tests share one database for the run, so every name made here is unique.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public static String token(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    public static String adminToken() {
        return token("admin", ADMIN_PASSWORD);
    }

    /** Creates a user of that role (a PRESCRIBER gets a new prescriber) and returns its username. */
    public static String createUser(String role) {
        String username = unique(role.toLowerCase());
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("username", username, "password", PASSWORD, "roles", java.util.List.of(role)));
        if ("PRESCRIBER".equals(role)) {
            body.put("prescriberId", createPrescriber());
        }
        as(adminToken()).body(body).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    public static String tokenFor(String role) {
        return token(createUser(role), PASSWORD);
    }

    /** A new ACTIVE prescriber registered through the API, licensed in OR; returns its id. */
    public static long createPrescriber() {
        return as(adminToken())
                .body(Registry.prescriber("Moreau"))
                .post("/api/v1/prescribers")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Creates a PRESCRIBER user for an existing prescriber and returns its token. */
    public static String prescriberToken(long prescriberId) {
        return token(prescriberUser(prescriberId), PASSWORD);
    }

    /** Creates a PRESCRIBER user for an existing prescriber and returns its username. */
    public static String prescriberUser(long prescriberId) {
        String username = unique("prescriber");
        as(adminToken())
                .body(Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "roles",
                        java.util.List.of("PRESCRIBER"),
                        "prescriberId",
                        prescriberId))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        return username;
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }
}
