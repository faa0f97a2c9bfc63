package org.triturate.formulation.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.PreparationType;

class BudWithinDefaultTest {

    private final BudWithinDefault rule = new BudWithinDefault();

    @Test
    void theUspDefaultsAreThoseOfTheContract() {
        assertEquals(180, PreparationType.NONAQUEOUS_SOLID.defaultBudDays());
        assertEquals(90, PreparationType.NONAQUEOUS_ORAL_LIQUID.defaultBudDays());
        assertEquals(35, PreparationType.AQUEOUS_PRESERVED.defaultBudDays());
        assertEquals(14, PreparationType.AQUEOUS_NONPRESERVED.defaultBudDays());
    }

    @Test
    void upToTheDefaultPassesOnTheUspDefault() {
        assertTrue(rule.check(Drafts.capsules()).isEmpty());
        assertTrue(rule.check(Drafts.withBud(PreparationType.AQUEOUS_PRESERVED, 35, BudSource.USP_DEFAULT, null))
                .isEmpty());
    }

    @Test
    void aDayAboveTheDefaultFailsWithoutEvidence() {
        Finding violation = Drafts.single(
                rule.check(Drafts.withBud(PreparationType.AQUEOUS_PRESERVED, 36, BudSource.USP_DEFAULT, null)));
        assertEquals(RuleCode.BUD_EXCEEDS_DEFAULT, violation.code());
        assertEquals(Outcome.BLOCK, violation.outcome());
        assertEquals("budDays", violation.field());
    }

    @Test
    void aStudyOrMonographNeedsAReference() {
        assertEquals(
                RuleCode.BUD_EXCEEDS_DEFAULT,
                Drafts.single(rule.check(
                                Drafts.withBud(PreparationType.AQUEOUS_PRESERVED, 90, BudSource.STABILITY_STUDY, " ")))
                        .code());
        assertTrue(rule.check(Drafts.withBud(
                        PreparationType.AQUEOUS_PRESERVED,
                        90,
                        BudSource.STABILITY_STUDY,
                        "Stability study 2024-17, 90 days at 25 °C"))
                .isEmpty());
        assertTrue(rule.check(Drafts.withBud(
                        PreparationType.AQUEOUS_PRESERVED, 90, BudSource.USP_MONOGRAPH, "USP-NF compounded monograph"))
                .isEmpty());
        assertEquals(
                RuleCode.BUD_EXCEEDS_DEFAULT,
                Drafts.single(rule.check(Drafts.withBud(
                                PreparationType.AQUEOUS_PRESERVED,
                                90,
                                BudSource.USP_DEFAULT,
                                "a reference does not make the default longer")))
                        .code());
    }

    @Test
    void noEvidenceTakesANonsterilePreparationBeyond180Days() {
        assertEquals(180, PreparationType.NONSTERILE_MAX_BUD_DAYS);
        String study = "Stability study 2025-03, 365 days at 25 °C";
        assertTrue(rule.check(Drafts.withBud(PreparationType.AQUEOUS_PRESERVED, 180, BudSource.STABILITY_STUDY, study))
                .isEmpty());
        for (PreparationType type : PreparationType.values()) {
            for (BudSource source : BudSource.values()) {
                Finding violation = Drafts.single(rule.check(Drafts.withBud(type, 181, source, study)));
                assertEquals(RuleCode.BUD_EXCEEDS_DEFAULT, violation.code());
                assertEquals("budDays", violation.field());
                assertTrue(violation.detail().contains("180"), violation.detail());
            }
        }
    }
}
