package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class LotNotExpiredTest {

    private final LotNotExpired rule = new LotNotExpired();

    @Test
    void aLotIsUsableThroughItsExpiryDay() {
        assertEquals(
                List.of(),
                rule.check(Records.record().expiring(1, Records.TODAY).build()));
    }

    @Test
    void aLotThatExpiredTheDayBeforeCompoundingFails() {
        List<Finding> findings = rule.check(
                Records.record().expiring(1, Records.TODAY.minusDays(1)).build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.LOT_EXPIRED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("components[1].expiresOn", findings.get(0).field());
    }
}
