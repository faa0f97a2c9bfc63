package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.prescriber.PrescriberStatus;

class PrescriberMustBeActiveTest {

    private final PrescriberMustBeActive rule = new PrescriberMustBeActive();

    @Test
    void passesForAnActivePrescriber() {
        passes(rule, RuleCode.PRESCRIBER_INACTIVE, Facts.order());
    }

    @Test
    void failsForAnInactivePrescriber() {
        Facts facts = Facts.order();
        facts.prescriber = new PrescriberFacts(
                PrescriberStatus.INACTIVE, facts.prescriber.licenses(), facts.prescriber.deaRegistrations());
        assertEquals(
                "prescriberId",
                onlyFailure(rule, RuleCode.PRESCRIBER_INACTIVE, facts).field());
    }

    @Test
    void leavesAnUnknownPrescriberToPrescriberNotFound() {
        Facts facts = Facts.order();
        facts.prescriber = null;
        staysSilent(rule, facts);
    }
}
