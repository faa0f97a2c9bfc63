package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.PrescriptionNotExpired;

class PrescriptionNotExpiredTest {

    private final PrescriptionNotExpired<OrderFacts> rule = new PrescriptionNotExpired<>();

    @Test
    void aPrescriptionIsValidThroughItsExpiryDate() {
        Facts facts = Facts.order();
        facts.expiresOn = Facts.TODAY;
        passes(rule, RuleCode.PRESCRIPTION_EXPIRED, facts);
    }

    @Test
    void theDayAfterItHasExpired() {
        Facts facts = Facts.order();
        facts.expiresOn = Facts.TODAY.minusDays(1);
        Finding failure = onlyFailure(rule, RuleCode.PRESCRIPTION_EXPIRED, facts);
        assertEquals("writtenOn", failure.field());
        assertTrue(failure.detail().contains(Facts.TODAY.minusDays(1).toString()), failure.detail());
    }
}
