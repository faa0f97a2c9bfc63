package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;
import static org.triturate.order.check.RuleAssertions.staysSilent;

import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.PrescriberFacts;
import org.triturate.prescriber.PrescriberStatus;

class PrescriberMustBeActiveTest {

    private final PrescriberMustBeActive rule = new PrescriberMustBeActive();

    @Test
    void passesForAnActivePrescriber() {
        passes(rule, ErrorCode.PRESCRIBER_INACTIVE, Facts.order());
    }

    @Test
    void failsForAnInactivePrescriber() {
        Facts facts = Facts.order();
        facts.prescriber = new PrescriberFacts(PrescriberStatus.INACTIVE, facts.prescriber.licenses(),
                facts.prescriber.deaRegistrations());
        assertEquals("prescriberId", onlyFailure(rule, ErrorCode.PRESCRIBER_INACTIVE, facts).field());
    }

    @Test
    void leavesAnUnknownPrescriberToPrescriberNotFound() {
        Facts facts = Facts.order();
        facts.prescriber = null;
        staysSilent(rule, facts);
    }
}
