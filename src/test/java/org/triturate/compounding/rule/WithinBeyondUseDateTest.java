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

    @Test
    void aPreparationIsDispensedThroughItsBeyondUseDate() {
        assertEquals(List.of(), rule.check(new DispensingFacts(BUD.minusDays(1), "PL-2026-000001", BUD)));
        assertEquals(List.of(), rule.check(new DispensingFacts(BUD, "PL-2026-000001", BUD)));
    }

    @Test
    void theDayAfterItsBeyondUseDateItIsNot() {
        List<Finding> findings = rule.check(new DispensingFacts(BUD.plusDays(1), "PL-2026-000001", BUD));
        assertEquals(1, findings.size());
        assertEquals(RuleCode.BUD_PASSED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("PL-2026-000001"),
                findings.get(0).detail());
    }
}
