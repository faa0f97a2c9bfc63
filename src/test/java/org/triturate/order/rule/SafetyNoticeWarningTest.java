package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.check.Facts.mg;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyNoticeWarningTest {

    private final SafetyNoticeWarning rule = new SafetyNoticeWarning();

    @Test
    void saysNothingWithoutANotice() {
        assertEquals(List.of(), rule.evaluate(Facts.order().build()));
    }

    @Test
    void warnsWithTheNoticeOfEachActiveThatHasOne() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("25")),
                Facts.active(1, Facts.ketamine(), mg("50")));
        List<Finding> findings = rule.evaluate(facts.build());
        assertEquals(1, findings.size());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertEquals("SAFETY_NOTICE", findings.get(0).code());
        assertTrue(findings.get(0).detail().contains("FDA warns about compounded ketamine"),
                findings.get(0).detail());
    }
}
