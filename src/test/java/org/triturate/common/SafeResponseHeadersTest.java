package org.triturate.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/**
 * Every response says nosniff, whoever writes it; every /api/ response forbids caching, since any of them may carry
 * patient data.
 */
@QuarkusTest
class SafeResponseHeadersTest {

    private static void assertNoSniff(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"));
    }

    private static void assertApiHeaders(ValidatableResponse response) {
        assertNoSniff(response);
        response.header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void apiResponsesAreNeitherSniffedNorCached() {
        String pharmacist = Api.tokenFor("PHARMACIST");
        assertApiHeaders(Api.as(pharmacist).get("/api/v1/patients").then().statusCode(200));
        // problems: from the security layer, a resource, JAX-RS routing and the HTTP layer's body limit
        assertApiHeaders(given().get("/api/v1/patients").then().statusCode(401));
        assertApiHeaders(
                Api.as(pharmacist).get("/api/v1/patients/999999999").then().statusCode(404));
        assertApiHeaders(Api.as(pharmacist).get("/api/v1/no-such-thing").then().statusCode(404));
        assertApiHeaders(Api.as(pharmacist)
                .body("{\"padding\": \"" + "x".repeat(1024 * 1024) + "\"}")
                .post("/api/v1/patients")
                .then()
                .statusCode(413));
        assertApiHeaders(
                Api.as(pharmacist).body("{}").post("/api/v1/auth/token").then().statusCode(400));
    }

    @Test
    void operationalEndpointsAndUnknownPathsAreNotSniffed() {
        assertNoSniff(given().get("/q/health").then().statusCode(200));
        assertNoSniff(given().get("/q/openapi").then().statusCode(200));
        assertNoSniff(given().get("/q/metrics").then().statusCode(200));
        assertNoSniff(given().get("/no-such-page").then().statusCode(404));
        // only the API forbids caching; the API description may be cached
        given().get("/q/openapi").then().header("Cache-Control", nullValue());
    }
}
