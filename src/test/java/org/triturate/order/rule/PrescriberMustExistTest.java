package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;

class PrescriberMustExistTest {

    private final PrescriberMustExist rule = new PrescriberMustExist();

    @Test
    void passesForARegisteredPrescriber() {
        passes(rule, RuleCode.PRESCRIBER_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOnPrescriberIdWhenThePrescriberIsUnknown() {
        Facts facts = Facts.order();
        facts.prescriber = null;
        assertEquals(
                "prescriberId",
                onlyFailure(rule, RuleCode.PRESCRIBER_NOT_FOUND, facts).field());
    }
}
