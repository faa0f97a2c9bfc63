package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;

class PrescriberMustExistTest {

    private final PrescriberMustExist rule = new PrescriberMustExist();

    @Test
    void passesForARegisteredPrescriber() {
        passes(rule, ErrorCode.PRESCRIBER_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOnPrescriberIdWhenThePrescriberIsUnknown() {
        Facts facts = Facts.order();
        facts.prescriber = null;
        assertEquals("prescriberId", onlyFailure(rule, ErrorCode.PRESCRIBER_NOT_FOUND, facts).field());
    }
}
