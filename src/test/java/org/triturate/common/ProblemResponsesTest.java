package org.triturate.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/** Every error path answers an RFC 9457 problem with the contract's status and code, never a 500 for bad input. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @TestHTTPResource("/api/v1/users")
    URL usersUrl;

    private static ValidatableResponse postUser(String body) {
        return Api.as(Api.adminToken()).body(body).post("/api/v1/users").then();
    }

    private static String validUser(String extra) {
        return "{\"username\": \"" + Api.unique("strict") + "\", \"password\": \"" + Api.PASSWORD
                + "\", \"roles\": [\"TECHNICIAN\"]" + extra + "}";
    }

    static void assertProblem(ValidatableResponse response, int status, String code) {
        response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("violations.code", hasItem(code))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(postUser("{\"username\": \"x\", "), 400, "INVALID_FIELD");
    }

    @Test
    void wrongJsonTypeIs400WithTheField() {
        ValidatableResponse response =
                postUser("{\"username\": 12345, \"password\": \"" + Api.PASSWORD + "\", \"roles\": [\"TECHNICIAN\"]}");
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations[0].field", equalTo("username"));
    }

    @Test
    void numberSentAsStringIs400() {
        ValidatableResponse response = postUser(validUser(", \"prescriberId\": \"7\""));
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void fractionWhereAnIntegerIsExpectedIs400() {
        ValidatableResponse response = postUser(validUser(", \"prescriberId\": 7.5"));
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations[0].field", equalTo("prescriberId"));
    }

    @Test
    void unknownPropertyIs400AndNamesIt() {
        ValidatableResponse response = postUser(validUser(", \"rolez\": [\"ADMIN\"]"));
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations[0].field", equalTo("rolez"));
    }

    @Test
    void unknownEnumValueIs400() {
        ValidatableResponse response = postUser("{\"username\": \"" + Api.unique("enum") + "\", \"password\": \""
                + Api.PASSWORD + "\", \"roles\": [\"OVERLORD\"]}");
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations[0].field", equalTo("roles[0]"));
    }

    @Test
    void duplicateKeyIs400() {
        assertProblem(postUser(validUser(", \"username\": \"other\"")), 400, "INVALID_FIELD");
    }

    @Test
    void beanValidationFailureIs400PerField() {
        ValidatableResponse response = postUser("{\"username\": \"a\", \"password\": \"short\", \"roles\": []}");
        assertProblem(response, 400, "INVALID_FIELD");
        response.body("violations.field", hasItem("username"))
                .body("violations.field", hasItem("password"))
                .body("violations.field", hasItem("roles"));
    }

    @Test
    void emptyBodyIs400() {
        assertProblem(postUser(""), 400, "INVALID_FIELD");
    }

    @Test
    void jsonArrayInsteadOfObjectIs400() {
        assertProblem(postUser("[]"), 400, "INVALID_FIELD");
    }

    @Test
    void missingTokenIs401() {
        assertProblem(given().get("/api/v1/users/me").then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(Api.as(Api.tokenFor("PHARMACIST")).get("/api/v1/users").then(), 403, "FORBIDDEN");
    }

    @Test
    void absentResourceIs404() {
        assertProblem(Api.as(Api.adminToken()).get("/api/v1/users/999999999").then(), 404, "NOT_FOUND");
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(Api.as(Api.adminToken()).get("/api/v1/no-such-thing").then(), 404, "NOT_FOUND");
    }

    @Test
    void unsupportedMethodIs405() {
        assertProblem(Api.as(Api.adminToken()).delete("/api/v1/users/me").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(
                given().auth()
                        .oauth2(Api.adminToken())
                        .contentType(ContentType.TEXT)
                        .body("hello")
                        .post("/api/v1/users")
                        .then(),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String padding = "x".repeat(1024 * 1024);
        assertProblem(postUser(validUser(", \"padding\": \"" + padding + "\"")), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void chunkedBodyOverOneMebibyteIs413Too() throws Exception {
        HttpResponse<String> response = postChunked(validUser(", \"padding\": \"" + "x".repeat(1024 * 1024) + "\""));
        assertEquals(413, response.statusCode());
        assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("PAYLOAD_TOO_LARGE"), response.body());
    }

    @Test
    void smallAndEmptyChunkedBodiesAreReadNormally() throws Exception {
        assertEquals(201, postChunked(validUser("")).statusCode());
        HttpResponse<String> empty = postChunked("");
        assertEquals(400, empty.statusCode(), empty.body());
    }

    private HttpResponse<String> postChunked(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        // A body publisher from a stream has no length, so the client sends it chunked.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(usersUrl.toURI())
                                .header("Authorization", "Bearer " + Api.adminToken())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bodyJustUnderOneMebibyteIsReadAndJudgedOnItsContent() {
        String padding = "x".repeat(1000 * 1024);
        // Read in full: the unknown property is what fails, not the size.
        assertProblem(postUser(validUser(", \"padding\": \"" + padding + "\"")), 400, "INVALID_FIELD");
    }

    @Test
    void badPagingParametersAre400() {
        String admin = Api.adminToken();
        assertProblem(Api.as(admin).get("/api/v1/users?size=0").then(), 400, "INVALID_FIELD");
        assertProblem(Api.as(admin).get("/api/v1/users?size=201").then(), 400, "INVALID_FIELD");
        assertProblem(Api.as(admin).get("/api/v1/users?page=-1").then(), 400, "INVALID_FIELD");
        assertProblem(Api.as(admin).get("/api/v1/users?page=abc").then(), 400, "INVALID_FIELD");
    }

    @Test
    void unexpectedFailureIs500WithCorrelationIdAndNoInternals() {
        ValidatableResponse response =
                Api.as(Api.adminToken()).get("/api/v1/test-failure").then();
        assertProblem(response, 500, "INTERNAL_ERROR");
        response.body("correlationId", notNullValue())
                .body(not(containsString(FailingTestResource.SECRET)))
                .body(not(containsString("SELECT")));
    }

    @Test
    void clientErrorsCarryNoCorrelationId() {
        postUser("{").body("correlationId", nullValue());
    }
}
