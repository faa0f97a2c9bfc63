package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class RefillsRemainTest {

    private final RefillsRemain rule = new RefillsRemain();

    @Test
    void oneRefillLeftPasses() {
        assertEquals(Outcome.PASS, only(1).outcome());
    }

    @Test
    void noRefillLeftBlocks() {
        assertEquals(Outcome.BLOCK, only(0).outcome());
    }

    private Finding only(int refillsRemaining) {
        List<Finding> findings = rule.check(
                new RefillFacts(Facts.order().build(), refillsRemaining, 1, LocalDate.of(2026, 10, 1), 30, null));
        assertEquals(1, findings.size());
        assertEquals(RuleCode.NO_REFILLS_REMAINING, findings.get(0).code());
        return findings.get(0);
    }
}
