package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class SafetyNoticeWarningTest {

    private final SafetyNoticeWarning rule = new SafetyNoticeWarning();

    @Test
    void saysNothingWithoutANotice() {
        assertEquals(List.of(), rule.check(Facts.order().build()));
    }

    @Test
    void warnsWithTheNoticeOfEachActiveThatHasOne() {
        Facts facts = Facts.order()
                .actives(Facts.active(0, Facts.sertraline(), mg("25")), Facts.active(1, Facts.ketamine(), mg("50")));
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertEquals(RuleCode.SAFETY_NOTICE, findings.get(0).code());
        assertTrue(
                findings.get(0).detail().contains("FDA warns about compounded ketamine"),
                findings.get(0).detail());
    }
}
