package org.triturate.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The contract's role table (docs/api-guide.md, "Roles") for the order endpoints of intake: submit, read, list, cancel
 * and history. The PRESCRIBER acts for the fixture clinic's prescriber; "other" is another prescriber's order.
 */
@QuarkusTest
class OrderRoleMatrixTest {

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static Clinic clinic;
    private static long order;
    private static long otherOrder;

    private record Endpoint(String method, String path, boolean fresh, int... statuses) implements RoleTableRow {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            //                                                        ADMIN PHARM TECH PRESCRIBER
            new Endpoint("POST", "/api/v1/orders", false, 403, 201, 403, 201),
            new Endpoint("GET", "/api/v1/orders", false, 403, 200, 200, 200),
            new Endpoint("GET", "/api/v1/orders/{order}", false, 403, 200, 200, 200),
            new Endpoint("GET", "/api/v1/orders/{otherOrder}", false, 403, 200, 200, 404),
            new Endpoint("GET", "/api/v1/orders/{order}/history", false, 403, 200, 200, 200),
            new Endpoint("GET", "/api/v1/orders/{otherOrder}/history", false, 403, 200, 200, 404),
            // each cancel gets an order of its own, so that only the role decides the outcome
            new Endpoint("POST", "/api/v1/orders/{order}/cancel", true, 403, 200, 403, 200));

    static Stream<Arguments> table() {
        return RoleTableRow.cases(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("table")
    void roleTable(String method, String path, Role role, int expected, Endpoint endpoint) {
        fixtures();
        long own = endpoint.fresh() ? Orders.submitted(clinic.prescriberToken(), body()) : order;
        String resolved =
                path.replace("{order}", String.valueOf(own)).replace("{otherOrder}", String.valueOf(otherOrder));
        RequestSpecification request = Api.as(TOKENS.get(role));
        if (method.equals("POST")) {
            request.body(path.endsWith("/cancel") ? Map.of("reason", "role matrix") : body());
        }
        if (path.endsWith("/cancel")) {
            request.header("If-Match", "\"0\"");
        }
        request.request(method, resolved).then().statusCode(expected);
    }

    /** An order any submitting role may send: the prescriber and channel named, as a transcription needs. */
    private static Map<String, Object> body() {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("prescriberId", clinic.prescriberId());
        body.put("receivedVia", "ELECTRONIC");
        return body;
    }

    private static synchronized void fixtures() {
        if (clinic != null) {
            return;
        }
        clinic = Orders.clinic();
        TOKENS.put(Role.ADMIN, Api.adminToken());
        TOKENS.put(Role.PHARMACIST, Api.tokenFor("PHARMACIST"));
        TOKENS.put(Role.TECHNICIAN, Api.tokenFor("TECHNICIAN"));
        TOKENS.put(Role.PRESCRIBER, clinic.prescriberToken());
        order = Orders.submitted(clinic.prescriberToken(), body());
        Clinic other = Orders.clinic();
        otherOrder = Orders.submitted(other.prescriberToken(), Orders.sertralineCapsules(other.patientId()));
    }
}
