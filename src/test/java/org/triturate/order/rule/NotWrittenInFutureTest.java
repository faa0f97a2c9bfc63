package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;

class NotWrittenInFutureTest {

    private final NotWrittenInFuture rule = new NotWrittenInFuture();

    @Test
    void writtenTodayOrBeforePasses() {
        Facts facts = Facts.order();
        passes(rule, RuleCode.WRITTEN_IN_FUTURE, facts);
        facts.writtenOn = Facts.TODAY;
        passes(rule, RuleCode.WRITTEN_IN_FUTURE, facts);
    }

    @Test
    void writtenTomorrowFailsOnWrittenOn() {
        Facts facts = Facts.order();
        facts.writtenOn = Facts.TODAY.plusDays(1);
        assertEquals(
                "writtenOn",
                onlyFailure(rule, RuleCode.WRITTEN_IN_FUTURE, facts).field());
    }
}
