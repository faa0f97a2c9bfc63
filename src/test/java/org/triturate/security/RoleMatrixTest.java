package org.triturate.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triturate.testing.Api;

/** The contract's role table (docs/api-guide.md, "Roles") for the user endpoints, one row per endpoint and role. */
@QuarkusTest
class RoleMatrixTest {

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    /** One user per role for the whole table (REST Assured knows the port only once a test runs). */
    private static String tokenOf(Role role) {
        return TOKENS.computeIfAbsent(role, r -> r == Role.ADMIN ? Api.adminToken() : Api.tokenFor(r.name()));
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
        "POST, /api/v1/users, ADMIN, 201",
        "POST, /api/v1/users, PHARMACIST, 403",
        "POST, /api/v1/users, TECHNICIAN, 403",
        "POST, /api/v1/users, PRESCRIBER, 403",
        "GET, /api/v1/users, ADMIN, 200",
        "GET, /api/v1/users, PHARMACIST, 403",
        "GET, /api/v1/users, TECHNICIAN, 403",
        "GET, /api/v1/users, PRESCRIBER, 403",
        "GET, /api/v1/users/{admin}, ADMIN, 200",
        "GET, /api/v1/users/{admin}, PHARMACIST, 403",
        "GET, /api/v1/users/{admin}, TECHNICIAN, 403",
        "GET, /api/v1/users/{admin}, PRESCRIBER, 403",
        "PUT, /api/v1/users/{target}, ADMIN, 200",
        "PUT, /api/v1/users/{target}, PHARMACIST, 403",
        "PUT, /api/v1/users/{target}, TECHNICIAN, 403",
        "PUT, /api/v1/users/{target}, PRESCRIBER, 403",
        "GET, /api/v1/users/me, ADMIN, 200",
        "GET, /api/v1/users/me, PHARMACIST, 200",
        "GET, /api/v1/users/me, TECHNICIAN, 200",
        "GET, /api/v1/users/me, PRESCRIBER, 200",
    })
    void roleTable(String method, String path, Role role, int expected) {
        String resolved = path.replace(
                        "{admin}",
                        String.valueOf(Api.as(tokenOf(Role.ADMIN))
                                .get("/api/v1/users/me")
                                .jsonPath()
                                .getLong("id")))
                .replace("{target}", String.valueOf(newTechnicianId()));
        RequestSpecification request = Api.as(tokenOf(role));
        switch (method) {
            case "POST" ->
                request.body(Map.of(
                        "username", Api.unique("matrix"), "password", Api.PASSWORD, "roles", List.of("TECHNICIAN")));
            case "PUT" ->
                request.header("If-Match", "\"0\"").body(Map.of("roles", List.of("TECHNICIAN"), "active", true));
            default -> {}
        }
        request.request(method, resolved).then().statusCode(expected);
    }

    private static long newTechnicianId() {
        return Api.as(Api.token(Api.createUser("TECHNICIAN"), Api.PASSWORD))
                .get("/api/v1/users/me")
                .jsonPath()
                .getLong("id");
    }
}
