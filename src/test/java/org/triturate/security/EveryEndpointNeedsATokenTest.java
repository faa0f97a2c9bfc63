package org.triturate.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the generated OpenAPI document and calls it without a token: each must answer 401,
 * except the token endpoint itself. New endpoints are covered the day they are added.
 */
@QuarkusTest
class EveryEndpointNeedsATokenTest {

    private static final String PUBLIC_OPERATION = "POST /api/v1/auth/token";

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationAnswers401WithoutAToken() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> checked = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                String operation = method.toUpperCase() + " " + path.getKey();
                if (!path.getKey().startsWith("/api/v1/") || operation.equals(PUBLIC_OPERATION)) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", "1");
                int status = given().contentType(ContentType.JSON)
                        .body("{}")
                        .request(method.toUpperCase(), url)
                        .statusCode();
                assertEquals(401, status, operation);
                checked.add(operation);
            }
        }
        assertTrue(checked.contains("GET /api/v1/users/me"), "the walk found the API: " + checked);
        assertTrue(checked.size() >= 5, "operations checked: " + checked);
    }

    @Test
    void openApiDeclaresTheBearerScheme() {
        given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"));
    }
}
