package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

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
        List<Finding> findings = rule.check(tomorrow.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.COMPOUNDED_IN_FUTURE, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("compoundedOn", findings.get(0).field());
    }
}
