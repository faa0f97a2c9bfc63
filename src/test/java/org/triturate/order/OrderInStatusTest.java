package org.triturate.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class OrderInStatusTest {

    private final OrderInStatus labelled =
            new OrderInStatus(EnumSet.of(OrderStatus.VERIFIED, OrderStatus.DISPENSED), "labelled");

    @Test
    void anAllowedStatusPasses() {
        assertEquals(List.of(), labelled.check(OrderStatus.VERIFIED));
        assertEquals(List.of(), labelled.check(OrderStatus.DISPENSED));
    }

    @Test
    void anotherStatusIsAnInvalidTransitionNamingTheAllowedOnes() {
        List<Finding> findings = labelled.check(OrderStatus.COMPOUNDED);
        assertEquals(1, findings.size());
        assertEquals(RuleCode.INVALID_TRANSITION, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("status", findings.get(0).field());
        assertEquals(
                "An order COMPOUNDED cannot be labelled; only one [DISPENSED, VERIFIED] can",
                findings.get(0).detail());
    }
}
