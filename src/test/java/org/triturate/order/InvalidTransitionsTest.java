package org.triturate.order;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * The contract's state machine: every action from every status it is not allowed in answers
 * 409 INVALID_TRANSITION, with a valid body and the current If-Match, so that only the status decides.
 */
@QuarkusTest
class InvalidTransitionsTest {

    private record Action(String name, Set<OrderStatus> allowedFrom, BiFunction<Long, String, Response> call) {}

    @Test
    void everyActionOutsideItsStatusesIsAnInvalidTransition() {
        Clinic clinic = Orders.clinic();
        Map<OrderStatus, Long> orders = ordersInEveryStatus(clinic);
        long maker = Compounding.supplier(true, "APPROVED");
        long distributor = Compounding.supplier(false, "APPROVED");
        String pharmacist = Api.tokenFor("PHARMACIST");
        List<Action> actions = List.of(
                new Action(
                        "review",
                        EnumSet.of(OrderStatus.SUBMITTED),
                        (id, etag) -> post(
                                pharmacist,
                                id,
                                etag,
                                "review",
                                Map.of("decision", "REJECT", "reason", "state machine test"))),
                new Action(
                        "PUT",
                        EnumSet.of(OrderStatus.CHANGES_REQUESTED),
                        (id, etag) -> Api.as(clinic.prescriberToken())
                                .header("If-Match", etag)
                                .body(Orders.sertralineCapsules(clinic.patientId()))
                                .put("/api/v1/orders/" + id)),
                new Action(
                        "cancel",
                        EnumSet.of(OrderStatus.SUBMITTED, OrderStatus.CHANGES_REQUESTED, OrderStatus.APPROVED),
                        (id, etag) -> post(pharmacist, id, etag, "cancel", Map.of("reason", "state machine test"))),
                new Action(
                        "compounding-record",
                        EnumSet.of(OrderStatus.APPROVED),
                        (id, etag) -> post(
                                Api.tokenFor("TECHNICIAN"),
                                id,
                                etag,
                                "compounding-record",
                                Compounding.record(maker, distributor, "L1"))),
                new Action(
                        "verification RELEASE",
                        EnumSet.of(OrderStatus.COMPOUNDED),
                        (id, etag) -> post(pharmacist, id, etag, "verification", Map.of("decision", "RELEASE"))),
                new Action(
                        "verification REJECT",
                        EnumSet.of(OrderStatus.COMPOUNDED, OrderStatus.VERIFIED),
                        (id, etag) -> post(
                                pharmacist,
                                id,
                                etag,
                                "verification",
                                Map.of("decision", "REJECT", "note", "state machine test"))),
                new Action(
                        "dispense",
                        EnumSet.of(OrderStatus.VERIFIED),
                        (id, etag) -> post(pharmacist, id, etag, "dispense", null)));
        List<Executable> checks = new ArrayList<>();
        for (Action action : actions) {
            for (Map.Entry<OrderStatus, Long> order : orders.entrySet()) {
                if (!action.allowedFrom().contains(order.getKey())) {
                    Response response = action.call().apply(order.getValue(), Orders.etag(order.getValue()));
                    checks.add(() -> assertEquals(
                            409,
                            response.statusCode(),
                            action.name() + " from " + order.getKey() + ": " + response.asString()));
                }
            }
        }
        assertEquals(46, checks.size());
        assertAll(checks);
    }

    private static Response post(String token, long orderId, String etag, String action, Object body) {
        var request = Api.as(token).header("If-Match", etag);
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/orders/" + orderId + "/" + action);
    }

    private static Map<OrderStatus, Long> ordersInEveryStatus(Clinic clinic) {
        String pharmacist = Api.tokenFor("PHARMACIST");
        Map<OrderStatus, Long> orders = new EnumMap<>(OrderStatus.class);
        orders.put(OrderStatus.SUBMITTED, submitted(clinic));
        long changes = submitted(clinic);
        post(pharmacist, changes, Orders.etag(changes), "review", Map.of("decision", "REQUEST_CHANGES", "reason", "x"))
                .then()
                .statusCode(200);
        orders.put(OrderStatus.CHANGES_REQUESTED, changes);
        long rejected = submitted(clinic);
        post(pharmacist, rejected, Orders.etag(rejected), "review", Map.of("decision", "REJECT", "reason", "x"))
                .then()
                .statusCode(200);
        orders.put(OrderStatus.REJECTED, rejected);
        long cancelled = submitted(clinic);
        post(pharmacist, cancelled, Orders.etag(cancelled), "cancel", Map.of("reason", "x"))
                .then()
                .statusCode(200);
        orders.put(OrderStatus.CANCELLED, cancelled);
        orders.put(OrderStatus.APPROVED, approved(clinic));
        orders.put(
                OrderStatus.COMPOUNDED,
                Compounding.compounded(
                        approved(clinic),
                        Compounding.record(
                                Compounding.supplier(true, "APPROVED"),
                                Compounding.supplier(false, "APPROVED"),
                                "L0")));
        orders.put(OrderStatus.VERIFIED, Compounding.verified(approved(clinic)));
        long dispensed = Compounding.verified(approved(clinic));
        post(pharmacist, dispensed, Orders.etag(dispensed), "dispense", null)
                .then()
                .statusCode(200);
        orders.put(OrderStatus.DISPENSED, dispensed);
        return orders;
    }

    private static long approved(Clinic clinic) {
        return Orders.approved(submitted(clinic), Formulations.sertralineCapsules());
    }

    private static long submitted(Clinic clinic) {
        return Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
    }
}
