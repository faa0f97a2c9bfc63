package org.triturate.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operational endpoints answer without a token; CORS admits only the configured front-end origin. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
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

    /** Every endpoint of the contract's registries, orders and formulations (docs/api-guide.md, docs/order-lifecycle.md) is described. */
    @Test
    void openApiDescribesEveryEndpointBuiltSoFar() {
        var paths = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/api/v1/prescribers", List.of("get", "post")),
                Map.entry("/api/v1/prescribers/{id}", List.of("get", "put")),
                Map.entry("/api/v1/patients", List.of("get", "post")),
                Map.entry("/api/v1/patients/{id}", List.of("get", "put")),
                Map.entry("/api/v1/ingredients", List.of("get", "post")),
                Map.entry("/api/v1/ingredients/{id}", List.of("get", "put")),
                Map.entry("/api/v1/products", List.of("get", "post")),
                Map.entry("/api/v1/compatibilities", List.of("get", "post")),
                Map.entry("/api/v1/suppliers", List.of("get", "post")),
                Map.entry("/api/v1/orders", List.of("get", "post")),
                Map.entry("/api/v1/orders/{id}", List.of("get", "put")),
                Map.entry("/api/v1/orders/{id}/review", List.of("post")),
                Map.entry("/api/v1/orders/{id}/worksheet", List.of("get")),
                Map.entry("/api/v1/orders/{id}/compounding-record", List.of("post")),
                Map.entry("/api/v1/orders/{id}/verification", List.of("post")),
                Map.entry("/api/v1/orders/{id}/dispense", List.of("post")),
                Map.entry("/api/v1/recalls", List.of("get")),
                Map.entry("/api/v1/orders/{id}/label", List.of("get")),
                Map.entry("/api/v1/orders/{id}/cancel", List.of("post")),
                Map.entry("/api/v1/orders/{id}/history", List.of("get")),
                Map.entry("/api/v1/formulations", List.of("get", "post")),
                Map.entry("/api/v1/formulations/{id}", List.of("get")),
                Map.entry("/api/v1/formulations/{id}/versions", List.of("post")));
        expected.forEach((path, methods) -> methods.forEach(method ->
                assertNotNull(paths.get("paths.'" + path + "'." + method + ".summary"), method + " " + path)));
    }

    @Test
    void corsAdmitsTheConfiguredFrontEndOnly() {
        given().header("Origin", "https://pharmacy.test")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/token")
                .then()
                .header("Access-Control-Allow-Origin", "https://pharmacy.test");
        given().header("Origin", "https://evil.test")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/token")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
