package org.triturate.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The contract's role table (docs/api-guide.md, "Roles") for the pharmacist workflow: review, the order's PUT, worksheet,
 * compounding record, verification, dispensing, label and recall. A case a role may perform gets a fresh order of
 * the fixture clinic in the status the action needs, so that only the role decides the outcome.
 */
@QuarkusTest
class WorkflowRoleMatrixTest {

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static Clinic clinic;
    private static long anyOrder;

    private record Endpoint(
            String method, String path, ToLongFunction<Clinic> order, LongFunction<Object> body, int... statuses)
            implements RoleTableRow {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            //                                                                      ADMIN PHARM TECH PRESCRIBER
            new Endpoint(
                    "POST",
                    "/api/v1/orders/{order}/review",
                    WorkflowRoleMatrixTest::submitted,
                    id -> Map.of("decision", "REJECT", "reason", "role matrix"),
                    403,
                    200,
                    403,
                    403),
            new Endpoint(
                    "PUT",
                    "/api/v1/orders/{order}",
                    WorkflowRoleMatrixTest::changesRequested,
                    id -> body(),
                    403,
                    200,
                    403,
                    200),
            new Endpoint(
                    "GET",
                    "/api/v1/orders/{order}/worksheet",
                    WorkflowRoleMatrixTest::approved,
                    null,
                    403,
                    200,
                    200,
                    403),
            new Endpoint(
                    "POST",
                    "/api/v1/orders/{order}/compounding-record",
                    WorkflowRoleMatrixTest::approved,
                    id -> Compounding.record(
                            Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), "L1"),
                    403,
                    200,
                    200,
                    403),
            new Endpoint(
                    "POST",
                    "/api/v1/orders/{order}/verification",
                    WorkflowRoleMatrixTest::compounded,
                    id -> Map.of("decision", "RELEASE"),
                    403,
                    200,
                    403,
                    403),
            new Endpoint(
                    "POST",
                    "/api/v1/orders/{order}/dispense",
                    WorkflowRoleMatrixTest::verified,
                    null,
                    403,
                    200,
                    403,
                    403),
            new Endpoint(
                    "GET", "/api/v1/orders/{order}/label", WorkflowRoleMatrixTest::verified, null, 403, 200, 200, 403),
            new Endpoint("GET", "/api/v1/recalls?ingredientId=1&lotNumber=L1", c -> 0, null, 403, 200, 403, 403));

    static Stream<Arguments> table() {
        return RoleTableRow.cases(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("table")
    void roleTable(String method, String path, Role role, int expected, Endpoint endpoint) {
        fixtures();
        long order = expected < 400 ? endpoint.order().applyAsLong(clinic) : anyOrder;
        RequestSpecification request = Api.as(TOKENS.get(role));
        if (endpoint.body() != null) {
            request.body(endpoint.body().apply(order));
        }
        if (!method.equals("GET")) {
            request.header("If-Match", Orders.etag(order));
        }
        request.request(method, path.replace("{order}", String.valueOf(order)))
                .then()
                .statusCode(expected);
    }

    /** An order body any changing role may send: the prescriber and channel named, as a transcription needs. */
    private static Map<String, Object> body() {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("prescriberId", clinic.prescriberId());
        body.put("receivedVia", "ELECTRONIC");
        return body;
    }

    private static long submitted(Clinic clinic) {
        return Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
    }

    private static long changesRequested(Clinic clinic) {
        long order = submitted(clinic);
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", Orders.etag(order))
                .body(Map.of("decision", "REQUEST_CHANGES", "reason", "role matrix"))
                .post("/api/v1/orders/" + order + "/review")
                .then()
                .statusCode(200);
        return order;
    }

    private static long approved(Clinic clinic) {
        return Orders.approved(submitted(clinic), Formulations.sertralineCapsules());
    }

    private static long compounded(Clinic clinic) {
        return Compounding.compounded(
                approved(clinic),
                Compounding.record(
                        Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), "L1"));
    }

    private static long verified(Clinic clinic) {
        return Compounding.verified(approved(clinic));
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
        anyOrder = submitted(clinic);
    }
}
