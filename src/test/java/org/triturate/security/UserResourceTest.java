package org.triturate.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

@QuarkusTest
class UserResourceTest {

    private static Map<String, Object> newUser(String username, String role) {
        return new HashMap<>(Map.of("username", username, "password", Api.PASSWORD, "roles", List.of(role)));
    }

    private static Response create(Map<String, Object> body) {
        return Api.as(Api.adminToken()).body(body).post("/api/v1/users");
    }

    @Test
    void createAnswers201WithLocationEtagAndNoSecret() {
        String username = Api.unique("pharm");
        Response response = create(newUser(username, "PHARMACIST"));
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(username))
                .body("roles", contains("PHARMACIST"))
                .body("active", equalTo(true))
                .body(not(containsString("password")))
                .body(not(containsString("$2")));
        long id = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/v1/users/" + id));
        Api.as(Api.adminToken())
                .get(response.header("Location"))
                .then()
                .statusCode(200)
                .body("username", equalTo(username));
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String username = Api.createUser("TECHNICIAN");
        String hash = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username).orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2b$"), "bcrypt hash expected");
        assertFalse(hash.contains(Api.PASSWORD));
    }

    @Test
    void duplicateUsernameIs409WhateverTheLetterCase() {
        String username = Api.createUser("TECHNICIAN");
        create(newUser(username, "TECHNICIAN"))
                .then()
                .statusCode(409)
                .body("violations[0].code", equalTo("DUPLICATE_USERNAME"));
        create(newUser(username.toUpperCase(), "TECHNICIAN"))
                .then()
                .statusCode(409)
                .body("violations[0].code", equalTo("DUPLICATE_USERNAME"));
    }

    @Test
    void passwordShorterThanTwelveCharactersIs400() {
        Map<String, Object> body = newUser(Api.unique("short"), "TECHNICIAN");
        body.put("password", "elevenchars");
        create(body)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("password"));
        body.put("password", "twelve chars");
        create(body).then().statusCode(201);
    }

    @Test
    void aPasswordThatIsTheUsernameIs400WhateverTheLetterCase() {
        String username = Api.unique("same.as.password");
        Map<String, Object> body = newUser(username, "TECHNICIAN");
        body.put("password", username.toUpperCase());
        create(body)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("password"));
    }

    @Test
    void resetAndChangedPasswordsFollowThePolicyToo() {
        String username = Api.createUser("TECHNICIAN");
        String token = Api.token(username, Api.PASSWORD);
        long id = Api.as(token).get("/api/v1/users/me").jsonPath().getLong("id");
        for (String weak : List.of("too short", username)) {
            Api.as(Api.adminToken())
                    .header("If-Match", "\"0\"")
                    .body(Map.of("roles", List.of("TECHNICIAN"), "active", true, "password", weak))
                    .put("/api/v1/users/" + id)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("password"));
            Api.as(token)
                    .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", weak))
                    .post("/api/v1/users/me/password")
                    .then()
                    .statusCode(400)
                    .body("violations[0].code", equalTo("INVALID_FIELD"))
                    .body("violations[0].field", equalTo("newPassword"));
        }
        // Refused changes end no session.
        Api.as(token).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void exactlyOneRoleIsRequired() {
        Map<String, Object> body = newUser(Api.unique("two"), "TECHNICIAN");
        body.put("roles", List.of("TECHNICIAN", "PHARMACIST"));
        create(body).then().statusCode(400).body("violations[0].field", equalTo("roles"));
    }

    @Test
    void prescriberUserNeedsAnExistingPrescriber() {
        create(newUser(Api.unique("doc"), "PRESCRIBER"))
                .then()
                .statusCode(422)
                .body("violations[0].code", equalTo("PRESCRIBER_NOT_FOUND"));
        Map<String, Object> unknown = newUser(Api.unique("doc"), "PRESCRIBER");
        unknown.put("prescriberId", 987654321);
        create(unknown).then().statusCode(422).body("violations[0].code", equalTo("PRESCRIBER_NOT_FOUND"));

        long prescriberId = Api.createPrescriber();
        Map<String, Object> linked = newUser(Api.unique("doc"), "PRESCRIBER");
        linked.put("prescriberId", prescriberId);
        create(linked).then().statusCode(201).body("prescriberId", equalTo((int) prescriberId));
        Api.as(Api.token((String) linked.get("username"), Api.PASSWORD))
                .get("/api/v1/users/me")
                .then()
                .statusCode(200)
                .body("prescriberId", equalTo((int) prescriberId));
    }

    @Test
    void onlyPrescriberUsersAreLinkedToAPrescriber() {
        Map<String, Object> body = newUser(Api.unique("tech"), "TECHNICIAN");
        body.put("prescriberId", Api.createPrescriber());
        create(body).then().statusCode(400).body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void listIsPagedNewestFirst() {
        Api.createUser("TECHNICIAN");
        Api.createUser("TECHNICIAN");
        Api.createUser("TECHNICIAN");
        JsonPath page = Api.as(Api.adminToken())
                .get("/api/v1/users?page=0&size=2")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(4))
                .extract()
                .jsonPath();
        assertTrue(page.getLong("items[0].id") > page.getLong("items[1].id"));
        JsonPath second = Api.as(Api.adminToken())
                .get("/api/v1/users?page=1&size=2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(page.getLong("items[1].id") > second.getLong("items[0].id"));
    }

    @Test
    void updateNeedsTheCurrentVersionInIfMatch() {
        String username = Api.createUser("TECHNICIAN");
        String admin = Api.adminToken();
        long id = Api.as(Api.token(username, Api.PASSWORD))
                .get("/api/v1/users/me")
                .jsonPath()
                .getLong("id");
        Map<String, Object> change = Map.of("roles", List.of("PHARMACIST"), "active", true);

        Api.as(admin)
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(428)
                .body("violations[0].code", equalTo("PRECONDITION_REQUIRED"));
        Api.as(admin)
                .header("If-Match", "\"7\"")
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(412)
                .body("violations[0].code", equalTo("VERSION_CONFLICT"));
        Api.as(admin)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("roles", contains("PHARMACIST"));
        // The version read before the change is now stale.
        Api.as(admin)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(412);
        Map<String, Object> back = Map.of("roles", List.of("TECHNICIAN"), "active", true);
        Api.as(admin)
                .header("If-Match", "W/\"1\"")
                .body(back)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""));
        Api.as(admin)
                .header("If-Match", "2")
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"3\""));
        Api.as(admin)
                .header("If-Match", "banana")
                .body(change)
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(400);
    }

    @Test
    void deactivatedUsersCannotLogInAndResetPasswordsWork() {
        String username = Api.createUser("TECHNICIAN");
        String admin = Api.adminToken();
        long id = Api.as(Api.token(username, Api.PASSWORD))
                .get("/api/v1/users/me")
                .jsonPath()
                .getLong("id");

        Api.as(admin)
                .header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of("TECHNICIAN"), "active", false))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);

        String newPassword = "a brand new passphrase";
        Api.as(admin)
                .header("If-Match", "\"1\"")
                .body(Map.of("roles", List.of("TECHNICIAN"), "active", true, "password", newPassword))
                .put("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        Api.token(username, newPassword);
    }
}
