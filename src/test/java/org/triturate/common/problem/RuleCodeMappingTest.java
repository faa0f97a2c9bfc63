package org.triturate.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

/** Every rule code that can block has its problem code, with the contract's status; warnings have none. */
class RuleCodeMappingTest {

    private static final Set<RuleCode> WARNINGS_ONLY = EnumSet.of(
            RuleCode.EXCLUSION_ADDED_FOR_ALLERGY,
            RuleCode.SAFETY_NOTICE,
            RuleCode.ALIQUOT_REQUIRED,
            RuleCode.DAYS_SUPPLY_MISMATCH,
            RuleCode.SUPPLY_EXCEEDS_BUD);

    @Test
    void everyBlockingRuleCodeIsAProblemCodeOfTheSameName() {
        for (RuleCode code : EnumSet.complementOf(EnumSet.copyOf(WARNINGS_ONLY))) {
            assertEquals(code.name(), ErrorCode.of(code).name());
        }
    }

    @Test
    void warningsAreNoProblemCodes() {
        for (RuleCode code : WARNINGS_ONLY) {
            assertThrows(IllegalArgumentException.class, () -> ErrorCode.of(code), code.name());
        }
    }

    @Test
    void aBlockingFindingKeepsItsFieldAndDetailAndTakesItsCodesStatus() {
        Violation transition = Violation.of(Finding.block(RuleCode.INVALID_TRANSITION, "status", "not now"));
        assertEquals(new Violation(ErrorCode.INVALID_TRANSITION, "status", "not now"), transition);
        assertEquals(409, transition.code().status());
        assertEquals(
                403,
                Violation.of(Finding.block(RuleCode.SELF_VERIFICATION, "x"))
                        .code()
                        .status());
        assertEquals(
                422,
                Violation.of(Finding.block(RuleCode.BUD_PASSED, "x")).code().status());
    }
}
