package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

class LotNotExpiredTest {

    private final LotNotExpired rule = new LotNotExpired();

    @Test
    void aLotIsUsableThroughItsExpiryDay() {
        assertEquals(List.of(), rule.check(Records.record().expiring(1, Records.TODAY).build()));
    }

    @Test
    void aLotThatExpiredTheDayBeforeCompoundingFails() {
        List<Violation> violations = rule.check(Records.record().expiring(1, Records.TODAY.minusDays(1)).build());
        assertEquals(1, violations.size());
        assertEquals(ErrorCode.LOT_EXPIRED, violations.get(0).code());
        assertEquals("components[1].expiresOn", violations.get(0).field());
    }
}
