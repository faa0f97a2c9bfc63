package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

class DispensingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aPreparationWithinItsBeyondUseDateOnAValidPrescriptionIsDispensed() {
        assertTrue(DispensingRules.ALL
                .check(new DispensingFacts(TODAY, "PL-2026-000001", TODAY, TODAY))
                .passed());
    }

    @Test
    void aPassedBeyondUseDateAndAnExpiredPrescriptionAreBothReported() {
        DispensingFacts late = new DispensingFacts(TODAY, "PL-2026-000001", TODAY.minusDays(1), TODAY.minusDays(1));
        assertEquals(
                List.of(RuleCode.BUD_PASSED, RuleCode.PRESCRIPTION_EXPIRED),
                DispensingRules.ALL.check(late).blocking().stream()
                        .map(Finding::code)
                        .toList());
    }
}
