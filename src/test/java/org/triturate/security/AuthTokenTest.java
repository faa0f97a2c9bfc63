package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

@QuarkusTest
class AuthTokenTest {

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    @Test
    void issuesABearerTokenThatCarriesTheRole() {
        String username = Api.createUser("PHARMACIST");
        Response response = login(username, Api.PASSWORD);
        response.then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(3600))
                .body("roles", contains("PHARMACIST"));
        Api.as(response.path("accessToken"))
                .get("/api/v1/users/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(username))
                .body("roles", contains("PHARMACIST"));
    }

    @Test
    void theTokenCarriesTheGenerationOfTheUsersSessions() {
        String username = Api.createUser("TECHNICIAN");
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount user = UserAccount.findByUsername(username).orElseThrow();
            user.tokenGeneration = 7;
        });
        String token =
                login(username, Api.PASSWORD).then().statusCode(200).extract().path("accessToken");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertEquals(7L, JsonPath.from(payload).getLong(UserAccount.GENERATION_CLAIM));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String username = Api.createUser("TECHNICIAN");
        Response wrongPassword = login(username, "not the password");
        Response unknownUser = login(Api.unique("nobody"), "not the password");
        wrongPassword
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
        assertEquals(wrongPassword.asString(), unknownUser.asString());
        assertEquals(401, unknownUser.statusCode());
    }

    @Test
    void missingCredentialsAre400() {
        given().contentType(ContentType.JSON)
                .body("{\"username\": \"admin\"}")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("password"));
    }

    @Test
    void expiredTokenIs401() {
        String expired = Jwt.issuer("triturate")
                .subject("1")
                .upn("admin")
                .groups("ADMIN")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        Api.as(expired)
                .get("/api/v1/users/me")
                .then()
                .statusCode(401)
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("triturate")
                .subject("1")
                .upn("admin")
                .groups("ADMIN")
                .expiresIn(600)
                .sign(generator.generateKeyPair().getPrivate());
        Api.as(forged).get("/api/v1/users/me").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        String foreign = Jwt.issuer("someone-else")
                .subject("1")
                .upn("admin")
                .groups("ADMIN")
                .expiresIn(600)
                .sign();
        Api.as(foreign).get("/api/v1/users/me").then().statusCode(401);
    }

    @Test
    void garbageTokenIs401() {
        Api.as("not.a.token").get("/api/v1/users/me").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    private static long generationOf(long userId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.<UserAccount>findById(userId).tokenGeneration);
    }

    @Test
    void validlySignedTokenWorksWithoutLogin() {
        // Proves the two tests above fail for the key and the issuer, not for the way the tokens were made.
        long adminId = Api.as(Api.adminToken())
                .get("/api/v1/users/me")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        String token = Jwt.issuer("triturate")
                .subject(String.valueOf(adminId))
                .upn("admin")
                .groups("ADMIN")
                .claim(UserAccount.GENERATION_CLAIM, generationOf(adminId))
                .expiresIn(600)
                .sign();
        Api.as(token).get("/api/v1/users/me").then().statusCode(200).body("username", equalTo("admin"));
    }
}
