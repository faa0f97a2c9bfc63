package org.triturate.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Registry;

/**
 * The contract's role table (docs/api-guide.md, "Roles") for every registry endpoint (prescribers, patients, the
 * catalog) and every formulation endpoint. Each row is one endpoint with the expected status for ADMIN,
 * PHARMACIST, TECHNICIAN and PRESCRIBER; the PRESCRIBER acts for the fixture prescriber and owns the fixture
 * patient.
 */
@QuarkusTest
class RegistryRoleMatrixTest {

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static final Map<String, Long> IDS = new HashMap<>();

    private record Endpoint(String method, String path, Supplier<Map<String, Object>> body, int... statuses)
            implements RoleTableRow {}

    /**
     * A product of the fixture's own ingredient: a marketed sertraline strength would make later sertraline orders
     * in the same database "essentially a copy".
     */
    private static Map<String, Object> product() {
        return new HashMap<>(Map.of(
                "ingredientId",
                IDS.get("ingredient"),
                "name",
                "Matrix tablets",
                "dosageForm",
                "TABLET",
                "strength",
                Map.of("value", 12.5, "unit", "mg"),
                "status",
                "MARKETED",
                "source",
                "test fixture"));
    }

    private static Map<String, Object> supplier() {
        return Map.of("name", "Matrix Supply", "fdaRegistered", true, "status", "APPROVED");
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            //                                                              ADMIN PHARM TECH PRESCRIBER
            new Endpoint("POST", "/api/v1/prescribers", () -> Registry.prescriber("Moreau"), 201, 201, 403, 403),
            new Endpoint("GET", "/api/v1/prescribers", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/prescribers/{prescriber}", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/prescribers/{otherPrescriber}", null, 200, 200, 200, 404),
            new Endpoint(
                    "PUT", "/api/v1/prescribers/{prescriber}", () -> Registry.prescriber("Moreau"), 200, 200, 403, 403),
            new Endpoint("POST", "/api/v1/patients", () -> Registry.patient("Matrix"), 403, 201, 403, 201),
            new Endpoint("GET", "/api/v1/patients", null, 403, 200, 200, 200),
            new Endpoint("GET", "/api/v1/patients/{patient}", null, 403, 200, 200, 200),
            new Endpoint("GET", "/api/v1/patients/{otherPatient}", null, 403, 200, 200, 404),
            new Endpoint("PUT", "/api/v1/patients/{patient}", () -> Registry.patient("Matrix"), 403, 200, 403, 200),
            new Endpoint(
                    "POST", "/api/v1/ingredients", () -> Registry.active(Api.unique("Matrixine")), 201, 201, 403, 403),
            new Endpoint("GET", "/api/v1/ingredients", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/ingredients/{ingredient}", null, 200, 200, 200, 200),
            new Endpoint(
                    "PUT",
                    "/api/v1/ingredients/{ingredient}",
                    () -> Registry.active(Api.unique("Matrixine")),
                    200,
                    200,
                    403,
                    403),
            new Endpoint("POST", "/api/v1/products", RegistryRoleMatrixTest::product, 201, 201, 403, 403),
            new Endpoint("GET", "/api/v1/products", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/products/{product}", null, 200, 200, 200, 200),
            new Endpoint("PUT", "/api/v1/products/{product}", RegistryRoleMatrixTest::product, 200, 200, 403, 403),
            new Endpoint(
                    "POST",
                    "/api/v1/compatibilities",
                    () -> Map.of(
                            "ingredientIds",
                            List.of(1, 6),
                            "dosageForm",
                            "CAPSULE",
                            "status",
                            "COMPATIBLE",
                            "reference",
                            "matrix"),
                    201,
                    201,
                    403,
                    403),
            new Endpoint("GET", "/api/v1/compatibilities", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/compatibilities/{compatibility}", null, 200, 200, 200, 200),
            new Endpoint("POST", "/api/v1/suppliers", RegistryRoleMatrixTest::supplier, 201, 201, 403, 403),
            new Endpoint("GET", "/api/v1/suppliers", null, 200, 200, 200, 200),
            new Endpoint("GET", "/api/v1/suppliers/{supplier}", null, 200, 200, 200, 200),
            new Endpoint("PUT", "/api/v1/suppliers/{supplier}", RegistryRoleMatrixTest::supplier, 200, 200, 403, 403),
            new Endpoint("POST", "/api/v1/formulations", Formulations::sertralineCapsules, 403, 201, 403, 403),
            new Endpoint("GET", "/api/v1/formulations", null, 403, 200, 200, 403),
            new Endpoint("GET", "/api/v1/formulations/{formulation}", null, 403, 200, 200, 403),
            // only the pharmacist's case gets past the role check, so one ACTIVE version serves the whole row
            new Endpoint(
                    "POST",
                    "/api/v1/formulations/{formulation}/versions",
                    Formulations::sertralineCapsules,
                    403,
                    201,
                    403,
                    403));

    static Stream<Arguments> table() {
        return RoleTableRow.cases(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("table")
    void roleTable(String method, String path, Role role, int expected, Endpoint endpoint) {
        fixtures();
        String resolved = path;
        for (Map.Entry<String, Long> id : IDS.entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        RequestSpecification request = Api.as(tokenOf(role));
        if (endpoint.body() != null) {
            request.body(endpoint.body().get());
        }
        if (method.equals("PUT")) {
            // Read the current version first, so that only the role decides the outcome.
            request.header(
                    "If-Match", Api.as(tokenOf(Role.PHARMACIST)).get(resolved).header("ETag"));
        }
        request.request(method, resolved).then().statusCode(expected);
    }

    private static String tokenOf(Role role) {
        fixtures();
        return TOKENS.get(role);
    }

    /** One set of records and one user per role for the whole table (the port is known once a test runs). */
    private static synchronized void fixtures() {
        if (!IDS.isEmpty()) {
            return;
        }
        long prescriber = Api.createPrescriber();
        TOKENS.put(Role.ADMIN, Api.adminToken());
        TOKENS.put(Role.PHARMACIST, Api.tokenFor("PHARMACIST"));
        TOKENS.put(Role.TECHNICIAN, Api.tokenFor("TECHNICIAN"));
        TOKENS.put(Role.PRESCRIBER, Api.prescriberToken(prescriber));
        String admin = TOKENS.get(Role.ADMIN);
        String pharmacist = TOKENS.get(Role.PHARMACIST);
        IDS.put("prescriber", prescriber);
        IDS.put("otherPrescriber", Api.createPrescriber());
        IDS.put("patient", created(TOKENS.get(Role.PRESCRIBER), "/api/v1/patients", Registry.patient("Matrix")));
        IDS.put("otherPatient", created(pharmacist, "/api/v1/patients", Registry.patient("Matrix")));
        IDS.put("ingredient", created(admin, "/api/v1/ingredients", Registry.active(Api.unique("Matrixine"))));
        IDS.put("product", created(admin, "/api/v1/products", product()));
        IDS.put(
                "compatibility",
                created(
                        admin,
                        "/api/v1/compatibilities",
                        Map.of(
                                "ingredientIds",
                                List.of(1, 4),
                                "dosageForm",
                                "CAPSULE",
                                "status",
                                "COMPATIBLE",
                                "reference",
                                "matrix")));
        IDS.put("supplier", created(admin, "/api/v1/suppliers", supplier()));
        IDS.put("formulation", created(pharmacist, "/api/v1/formulations", Formulations.sertralineCapsules()));
    }

    private static long created(String token, String path, Map<String, Object> body) {
        return Api.as(token)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
