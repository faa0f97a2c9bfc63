package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

class NotCompoundedInFutureTest {

    private final NotCompoundedInFuture rule = new NotCompoundedInFuture();

    @Test
    void todayAndEarlierPass() {
        assertEquals(List.of(), rule.check(Records.record().build()));
        Records yesterday = Records.record();
        yesterday.compoundedOn = Records.TODAY.minusDays(1);
        assertEquals(List.of(), rule.check(yesterday.build()));
    }

    @Test
    void tomorrowFails() {
        Records tomorrow = Records.record();
        tomorrow.compoundedOn = Records.TODAY.plusDays(1);
        List<Violation> violations = rule.check(tomorrow.build());
        assertEquals(1, violations.size());
        assertEquals(ErrorCode.COMPOUNDED_IN_FUTURE, violations.get(0).code());
        assertEquals("compoundedOn", violations.get(0).field());
    }
}
