package org.triturate.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;

/**
 * Issue 14, item 2: a token outlives no change of what its user may do. Each case answers 401 for the old token
 * (never 403 or a success), while a fresh login shows the user's current powers.
 */
@QuarkusTest
class SessionsTest {

    private static final Map<String, Object> SUPPLIER =
            Map.of("name", "Session Supply", "fdaRegistered", true, "status", "APPROVED");

    private static long idOf(String token) {
        return Api.as(token)
                .get("/api/v1/users/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The admin's change to a user, with the If-Match of its current version. */
    private static Response change(long userId, String role, Long prescriberId, boolean active, String password) {
        String admin = Api.adminToken();
        String etag = Api.as(admin)
                .get("/api/v1/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("roles", List.of(role), "active", active));
        if (prescriberId != null) {
            body.put("prescriberId", prescriberId);
        }
        if (password != null) {
            body.put("password", password);
        }
        return Api.as(admin).header("If-Match", etag).body(body).put("/api/v1/users/" + userId);
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
    }

    private static Response createSupplier(String token) {
        return Api.as(token).body(SUPPLIER).post("/api/v1/suppliers");
    }

    private static Response createAdmin(String token) {
        return Api.as(token)
                .body(Map.of("username", Api.unique("admin"), "password", Api.PASSWORD, "roles", List.of("ADMIN")))
                .post("/api/v1/users");
    }

    @Test
    void aDeactivatedPharmacistsOldTokenCannotCreateASupplier() {
        String token = Api.tokenFor("PHARMACIST");
        createSupplier(token).then().statusCode(201);
        change(idOf(token), "PHARMACIST", null, false, null).then().statusCode(200);
        refused(createSupplier(token).then());
    }

    @Test
    void aDemotedPharmacistKeepsNoOldPowers() {
        String username = Api.createUser("PHARMACIST");
        String token = Api.token(username, Api.PASSWORD);
        change(idOf(token), "TECHNICIAN", null, true, null).then().statusCode(200);
        refused(createSupplier(token).then());
        refused(Api.as(token).get("/api/v1/users/me").then());
        // Logged in again it is a technician, and acts as one.
        String fresh = Api.token(username, Api.PASSWORD);
        createSupplier(fresh).then().statusCode(403);
    }

    @Test
    void aPasswordResetEndsTheOldTokens() {
        String username = Api.createUser("TECHNICIAN");
        String token = Api.token(username, Api.PASSWORD);
        change(idOf(token), "TECHNICIAN", null, true, "a reset passphrase")
                .then()
                .statusCode(200);
        refused(Api.as(token).get("/api/v1/users/me").then());
        Api.as(Api.token(username, "a reset passphrase"))
                .get("/api/v1/users/me")
                .then()
                .statusCode(200);
    }

    @Test
    void aPrescriberUserReLinkedToAnotherPrescriberNoLongerReadsTheFirstOnesPatients() {
        long first = Api.createPrescriber();
        long second = Api.createPrescriber();
        String username = Api.unique("prescriber");
        Api.as(Api.adminToken())
                .body(Map.of(
                        "username",
                        username,
                        "password",
                        Api.PASSWORD,
                        "roles",
                        List.of("PRESCRIBER"),
                        "prescriberId",
                        first))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        String token = Api.token(username, Api.PASSWORD);
        long patient = Orders.newPatient(token, "Linked");

        change(idOf(token), "PRESCRIBER", second, true, null).then().statusCode(200);

        refused(Api.as(token).get("/api/v1/patients/" + patient).then());
        Api.as(Api.token(username, Api.PASSWORD))
                .get("/api/v1/patients/" + patient)
                .then()
                .statusCode(404);
    }

    @Test
    void aDeactivatedAdminsTokenCannotCreateANewAdmin() {
        String admin = Api.tokenFor("ADMIN");
        createAdmin(admin).then().statusCode(201);
        change(idOf(admin), "ADMIN", null, false, null).then().statusCode(200);
        refused(createAdmin(admin).then());
    }

    @Test
    void aDeactivatedOrDemotedAdminCanDoNothing() {
        String deactivated = Api.tokenFor("ADMIN");
        String demotedName = Api.createUser("ADMIN");
        String demoted = Api.token(demotedName, Api.PASSWORD);
        long deactivatedId = idOf(deactivated);
        long demotedId = idOf(demoted);
        change(deactivatedId, "ADMIN", null, false, null).then().statusCode(200);
        change(demotedId, "TECHNICIAN", null, true, null).then().statusCode(200);

        for (String token : List.of(deactivated, demoted)) {
            refused(Api.as(token).get("/api/v1/users").then());
            refused(Api.as(token).get("/api/v1/users/me").then());
            refused(createSupplier(token).then());
            refused(Api.as(token)
                    .header("If-Match", "\"0\"")
                    .body(Map.of("roles", List.of("ADMIN"), "active", true))
                    .put("/api/v1/users/" + deactivatedId)
                    .then());
        }
        String fresh = Api.token(demotedName, Api.PASSWORD);
        Api.as(fresh).get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aChangeThatAltersNothingKeepsTheSessions() {
        String token = Api.tokenFor("TECHNICIAN");
        change(idOf(token), "TECHNICIAN", null, true, null).then().statusCode(200);
        Api.as(token).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void logoutEndsEverySessionOfTheCaller() {
        String username = Api.createUser("PHARMACIST");
        String one = Api.token(username, Api.PASSWORD);
        String other = Api.token(username, Api.PASSWORD);
        String someoneElse = Api.tokenFor("PHARMACIST");

        Api.as(one).post("/api/v1/auth/logout").then().statusCode(204);

        refused(Api.as(one).get("/api/v1/users/me").then());
        refused(Api.as(other).get("/api/v1/users/me").then());
        refused(Api.as(one).post("/api/v1/auth/logout").then());
        Api.as(someoneElse).get("/api/v1/users/me").then().statusCode(200);
        Api.as(Api.token(username, Api.PASSWORD)).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void logoutNeedsAToken() {
        refused(io.restassured.RestAssured.given().post("/api/v1/auth/logout").then());
    }

    @Test
    void changingTheOwnPasswordNeedsTheCurrentOneAndEndsEverySession() {
        String username = Api.createUser("TECHNICIAN");
        String token = Api.token(username, Api.PASSWORD);
        String other = Api.token(username, Api.PASSWORD);

        Api.as(token)
                .body(Map.of("currentPassword", "not the password", "newPassword", "a new long passphrase"))
                .post("/api/v1/users/me/password")
                .then()
                .statusCode(401)
                .body("violations[0].field", equalTo("currentPassword"));
        Api.as(token)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a new long passphrase"))
                .post("/api/v1/users/me/password")
                .then()
                .statusCode(204);

        refused(Api.as(token).get("/api/v1/users/me").then());
        refused(Api.as(other).get("/api/v1/users/me").then());
        Api.as(Api.token(username, "a new long passphrase"))
                .get("/api/v1/users/me")
                .then()
                .statusCode(200);
    }

    @Test
    void guessingTheCurrentPasswordLocksAsAtLogin() {
        String username = Api.createUser("TECHNICIAN");
        String token = Api.token(username, Api.PASSWORD);
        for (int guess = 0; guess < 5; guess++) {
            Api.as(token)
                    .body(Map.of("currentPassword", "guess number " + guess, "newPassword", "a new long passphrase"))
                    .post("/api/v1/users/me/password")
                    .then()
                    .statusCode(401);
        }
        // now locked: even the right password is refused, and the login of that user is locked too
        Api.as(token)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a new long passphrase"))
                .post("/api/v1/users/me/password")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(429);
    }

    private static long generationOf(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>findById(userId).tokenGeneration);
    }

    /** A token signed with the service's key, as the token endpoint would issue it but with the given times. */
    private static String token(long userId, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer("triturate")
                .subject(String.valueOf(userId))
                .upn("whoever")
                .groups("TECHNICIAN")
                .claim(UserAccount.GENERATION_CLAIM, generationOf(userId))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign();
    }

    @Test
    void tokensBeyondTheAbsoluteSessionCapAreRefused() {
        long userId = idOf(Api.tokenFor("TECHNICIAN"));
        Instant now = Instant.now();
        // Control: the same kind of token within the cap (PT12H) is accepted.
        Api.as(token(userId, now.minusSeconds(60), now.plusSeconds(3600)))
                .get("/api/v1/users/me")
                .then()
                .statusCode(200);
        // Issued 13 hours ago, still unexpired.
        refused(Api.as(token(userId, now.minusSeconds(13 * 3600), now.plusSeconds(3600)))
                .get("/api/v1/users/me")
                .then());
        // Issued now for 24 hours.
        refused(Api.as(token(userId, now, now.plusSeconds(24 * 3600)))
                .get("/api/v1/users/me")
                .then());
    }

    @Test
    void aTokenWithoutTheGenerationClaimIsRefused() {
        long userId = idOf(Api.tokenFor("TECHNICIAN"));
        String token = Jwt.issuer("triturate")
                .subject(String.valueOf(userId))
                .upn("whoever")
                .groups("TECHNICIAN")
                .expiresIn(600)
                .sign();
        refused(Api.as(token).get("/api/v1/users/me").then());
    }

    @Test
    void aTokenOfAnEarlierGenerationIsRefused() {
        long userId = idOf(Api.tokenFor("TECHNICIAN"));
        String stale = Jwt.issuer("triturate")
                .subject(String.valueOf(userId))
                .upn("whoever")
                .groups("TECHNICIAN")
                .claim(UserAccount.GENERATION_CLAIM, generationOf(userId) - 1)
                .expiresIn(600)
                .sign();
        refused(Api.as(stale).get("/api/v1/users/me").then());
    }

    @Test
    void theRoleComesFromTheAccountNotFromTheToken() {
        long userId = idOf(Api.tokenFor("TECHNICIAN"));
        String claimsAdmin = Jwt.issuer("triturate")
                .subject(String.valueOf(userId))
                .upn("admin")
                .groups("ADMIN")
                .claim(UserAccount.GENERATION_CLAIM, generationOf(userId))
                .expiresIn(600)
                .sign();
        Api.as(claimsAdmin).get("/api/v1/users").then().statusCode(403);
        Api.as(claimsAdmin).get("/api/v1/users/me").then().statusCode(200).body("roles[0]", equalTo("TECHNICIAN"));
    }

    @Test
    void aNonNumericSubjectIs401NotA500() {
        String alice = Jwt.issuer("triturate")
                .subject("alice")
                .upn("alice")
                .groups("ADMIN")
                .claim(UserAccount.GENERATION_CLAIM, 0)
                .expiresIn(600)
                .sign();
        refused(Api.as(alice).get("/api/v1/users/me").then());
        refused(Api.as(alice).get("/api/v1/users").then());
    }

    @Test
    void aTokenForAUserThatDoesNotExistIsRefused() {
        String nobody = Jwt.issuer("triturate")
                .subject("987654321")
                .upn("nobody")
                .groups("ADMIN")
                .claim(UserAccount.GENERATION_CLAIM, 0)
                .expiresIn(600)
                .sign();
        refused(Api.as(nobody).get("/api/v1/users").then());
    }
}
