package org.triturate.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints answer without a token; CORS admits only the configured front-end origin. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiAndSwaggerUiNeedNoToken() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/users/me"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void corsAdmitsTheConfiguredFrontEndOnly() {
        given().header("Origin", "https://pharmacy.test").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/token").then()
                .header("Access-Control-Allow-Origin", "https://pharmacy.test");
        given().header("Origin", "https://evil.test").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/token").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
