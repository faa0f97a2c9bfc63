package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class WithinBeyondUseDateTest {

    private static final LocalDate BUD = LocalDate.of(2027, 5, 22);

    private final WithinBeyondUseDate rule = new WithinBeyondUseDate();

    private static DispensingFacts dispensing(LocalDate today) {
        return new DispensingFacts(today, "PL-2026-000001", BUD, BUD.plusYears(1));
    }

    @Test
    void aPreparationIsDispensedThroughItsBeyondUseDate() {
        assertEquals(List.of(), rule.check(dispensing(BUD.minusDays(1))));
        assertEquals(List.of(), rule.check(dispensing(BUD)));
    }

    @Test
    void theDayAfterItsBeyondUseDateItIsNot() {
        List<Finding> findings = rule.check(dispensing(BUD.plusDays(1)));
        assertEquals(1, findings.size());
        assertEquals(RuleCode.BUD_PASSED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("PL-2026-000001"),
                findings.get(0).detail());
    }
}
