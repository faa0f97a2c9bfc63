package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.testing.Api;

/** One account, one name: the spellings the database collation used to merge into "admin" reach nobody. */
@QuarkusTest
class CanonicalUsernameTest {

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    /** The name as JSON string content, so that escapes such as an unpaired surrogate reach the service as such. */
    private static Response loginAs(String jsonEscapedName, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"username\": \"" + jsonEscapedName + "\", \"password\": \"" + password + "\"}")
                .post("/api/v1/auth/token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ad\\u200bmin", "ADM\\u0130N", "\\ufeffadmin"})
    void lookalikesOfAdminDoNotSignInAsAdminEvenWithItsPassword(String lookalike) {
        Response refused = loginAs(lookalike, Api.ADMIN_PASSWORD);
        refused.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
        assertEquals(login(Api.unique("nobody"), "wrong password").asString(), refused.asString());
    }

    /** Text no request may carry (a control character, an unpaired surrogate) is refused before any password check. */
    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000dmin", "adm\\ud800in"})
    void namesThatAreNoTextAreRefusedAsInvalid(String jsonEscapedName) {
        loginAs(jsonEscapedName, Api.ADMIN_PASSWORD)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("username"));
    }

    @Test
    void spacesAroundAndLetterCaseStillFindTheAccount() {
        String token = login("Admin ", Api.ADMIN_PASSWORD)
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        Api.as(token).get("/api/v1/users/me").then().statusCode(200).body("username", equalTo("admin"));
    }

    @Test
    void lookalikeFailuresDoNotCountAgainstTheAccount() {
        String username = Api.createUser("TECHNICIAN"); // e.g. technician-123-7: it has an 'i' for the dotted İ
        List<String> lookalikes = List.of(
                username.substring(0, 1) + "\u0000" + username.substring(1),
                username.substring(0, 2) + "\u200b" + username.substring(2),
                username.toUpperCase().replace('I', '\u0130'));
        for (String lookalike : lookalikes) {
            for (int i = 0; i < 2; i++) {
                login(lookalike, "wrong password").then().statusCode(oneOf(400, 401));
            }
        }
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000dmin2", "ad\\u200bmin2", "ADM\\u0130N2", "adm\\ud800in2", "admin2\\u202e"})
    void aNameWithHiddenCharactersCannotBeCreated(String jsonEscapedName) {
        Api.as(Api.adminToken())
                .body("{\"username\": \"" + jsonEscapedName + "\", \"password\": \"" + Api.PASSWORD
                        + "\", \"roles\": [\"TECHNICIAN\"]}")
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("INVALID_FIELD"))
                .body("violations[0].field", equalTo("username"));
    }

    @Test
    void aNewAccountIsStoredUnderItsCanonicalName() {
        String requested = Api.unique("Mixed.Case");
        Api.as(Api.adminToken())
                .body(Map.of("username", requested, "password", Api.PASSWORD, "roles", List.of("TECHNICIAN")))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("username", equalTo(requested.toLowerCase()));
        Api.token(requested, Api.PASSWORD);
        Api.token(requested.toLowerCase(), Api.PASSWORD);
    }
}
