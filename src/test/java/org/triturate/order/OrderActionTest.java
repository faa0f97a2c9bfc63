package org.triturate.order;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.triturate.order.OrderStatus.APPROVED;
import static org.triturate.order.OrderStatus.CANCELLED;
import static org.triturate.order.OrderStatus.CHANGES_REQUESTED;
import static org.triturate.order.OrderStatus.COMPOUNDED;
import static org.triturate.order.OrderStatus.DISPENSED;
import static org.triturate.order.OrderStatus.REJECTED;
import static org.triturate.order.OrderStatus.SUBMITTED;
import static org.triturate.order.OrderStatus.VERIFIED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.RulesBroken;

/**
 * The state machine's table against the behaviour the API has always had (InvalidTransitionsTest checks it black
 * box): every action from every status, and from no status at all (an order not yet recorded), is allowed exactly
 * where the contract allows it, and refused with INVALID_TRANSITION on {@code status} everywhere else.
 */
class OrderActionTest {

    /** Where each action may start, written out independently of {@link OrderAction}. */
    private static final Map<OrderAction, Set<OrderStatus>> ALLOWED = new EnumMap<>(Map.of(
            OrderAction.AMEND, EnumSet.of(CHANGES_REQUESTED),
            OrderAction.APPROVE, EnumSet.of(SUBMITTED),
            OrderAction.REJECT, EnumSet.of(SUBMITTED),
            OrderAction.REQUEST_CHANGES, EnumSet.of(SUBMITTED),
            OrderAction.CANCEL, EnumSet.of(SUBMITTED, CHANGES_REQUESTED, APPROVED),
            OrderAction.COMPOUND, EnumSet.of(APPROVED),
            OrderAction.RELEASE, EnumSet.of(COMPOUNDED),
            OrderAction.REJECT_PREPARATION, EnumSet.of(COMPOUNDED, VERIFIED),
            OrderAction.DISPENSE, EnumSet.of(VERIFIED)));

    @Test
    void everyActionIsAllowedFromExactlyItsStatuses() {
        List<Executable> checks = new ArrayList<>();
        for (OrderAction action : OrderAction.values()) {
            Set<OrderStatus> allowed = ALLOWED.getOrDefault(action, EnumSet.noneOf(OrderStatus.class));
            for (OrderStatus status : OrderStatus.values()) {
                checks.add(
                        allowed.contains(status)
                                ? () -> assertAllowed(action, status)
                                : () -> assertRefused(action, status));
            }
            // Only a submission starts from an order that has no status yet.
            checks.add(
                    action == OrderAction.SUBMIT
                            ? () -> assertAllowed(action, null)
                            : () -> assertRefused(action, null));
        }
        assertEquals(OrderAction.values().length * (OrderStatus.values().length + 1), checks.size());
        assertAll(checks);
    }

    @Test
    void noActionStartsFromAFinalStatus() {
        for (OrderStatus last : List.of(REJECTED, CANCELLED, DISPENSED)) {
            assertEquals(
                    List.of(),
                    Arrays.stream(OrderAction.values())
                            .filter(a -> a.allowedFrom(last))
                            .toList());
        }
    }

    @Test
    void everyActionLeadsWhereTheHistoryHasAlwaysSaidItDoes() {
        assertAll(Stream.of(
                expect(OrderAction.SUBMIT, SUBMITTED, "ORDER_SUBMITTED"),
                expect(OrderAction.AMEND, SUBMITTED, "ORDER_RESUBMITTED"),
                expect(OrderAction.APPROVE, APPROVED, "ORDER_APPROVED"),
                expect(OrderAction.REJECT, REJECTED, "ORDER_REJECTED"),
                expect(OrderAction.REQUEST_CHANGES, CHANGES_REQUESTED, "ORDER_CHANGES_REQUESTED"),
                expect(OrderAction.CANCEL, CANCELLED, "ORDER_CANCELLED"),
                expect(OrderAction.COMPOUND, COMPOUNDED, "ORDER_COMPOUNDED"),
                expect(OrderAction.RELEASE, VERIFIED, "ORDER_VERIFIED"),
                expect(OrderAction.REJECT_PREPARATION, APPROVED, "ORDER_PREPARATION_REJECTED"),
                expect(OrderAction.DISPENSE, DISPENSED, "ORDER_DISPENSED")));
    }

    @Test
    void onlyTheActionsThatAcceptAnOrderKeepItInTheAuditTrail() {
        Set<OrderAction> keeping = EnumSet.of(OrderAction.SUBMIT, OrderAction.AMEND, OrderAction.APPROVE);
        for (OrderAction action : OrderAction.values()) {
            assertEquals(keeping.contains(action), action.keepsOrder(), action.name());
        }
    }

    @Test
    void theRefusalSaysWhichStatusesMayTakeTheAction() {
        Finding refusal = assertRefused(OrderAction.CANCEL, DISPENSED);
        assertEquals(
                "An order DISPENSED cannot be cancelled; only one [APPROVED, CHANGES_REQUESTED, SUBMITTED] can",
                refusal.detail());
        assertEquals(
                "An order APPROVED cannot be reviewed; only one [SUBMITTED] can",
                assertRefused(OrderAction.APPROVE, APPROVED).detail());
        assertEquals(
                "An order SUBMITTED cannot be changed; only one [CHANGES_REQUESTED] can",
                assertRefused(OrderAction.AMEND, SUBMITTED).detail());
    }

    @Test
    void aReviewDecisionTakesTheReviewAction() {
        assertEquals(OrderAction.APPROVE, ReviewDecision.APPROVE.action());
        assertEquals(OrderAction.REJECT, ReviewDecision.REJECT.action());
        assertEquals(OrderAction.REQUEST_CHANGES, ReviewDecision.REQUEST_CHANGES.action());
    }

    private static Executable expect(OrderAction action, OrderStatus to, String auditAction) {
        return () -> {
            assertEquals(to, action.to(), action.name());
            assertEquals(auditAction, action.auditAction(), action.name());
        };
    }

    private static void assertAllowed(OrderAction action, OrderStatus status) {
        assertDoesNotThrow(() -> OrderLifecycle.requireAllowed(order(status), action), action + " from " + status);
    }

    private static Finding assertRefused(OrderAction action, OrderStatus status) {
        RulesBroken refused = assertThrows(
                RulesBroken.class,
                () -> OrderLifecycle.requireAllowed(order(status), action),
                action + " from " + status);
        assertEquals(1, refused.findings().size());
        Finding finding = refused.findings().get(0);
        assertEquals(RuleCode.INVALID_TRANSITION, finding.code());
        assertEquals("status", finding.field());
        return finding;
    }

    private static CompoundingOrder order(OrderStatus status) {
        CompoundingOrder order = new CompoundingOrder();
        order.status = status;
        return order;
    }
}
