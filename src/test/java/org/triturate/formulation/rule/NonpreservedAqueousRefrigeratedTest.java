package org.triturate.formulation.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

class NonpreservedAqueousRefrigeratedTest {

    private final NonpreservedAqueousRefrigerated rule = new NonpreservedAqueousRefrigerated();

    @Test
    void aRefrigeratedNonpreservedSuspensionPasses() {
        assertTrue(rule.check(Drafts.of(
                        DosageForm.ORAL_SUSPENSION,
                        PreparationType.AQUEOUS_NONPRESERVED,
                        StorageCondition.REFRIGERATED))
                .isEmpty());
    }

    @Test
    void aNonpreservedSuspensionAtRoomTemperatureFailsOnStorage() {
        Finding violation = Drafts.single(rule.check(Drafts.of(
                DosageForm.ORAL_SUSPENSION, PreparationType.AQUEOUS_NONPRESERVED, StorageCondition.ROOM_TEMPERATURE)));
        assertEquals(RuleCode.STORAGE_REQUIRES_REFRIGERATION, violation.code());
        assertEquals(Outcome.BLOCK, violation.outcome());
        assertEquals("storage", violation.field());
    }

    @Test
    void otherTypesMayBeKeptAtRoomTemperature() {
        assertTrue(rule.check(Drafts.of(
                        DosageForm.ORAL_SUSPENSION,
                        PreparationType.AQUEOUS_PRESERVED,
                        StorageCondition.ROOM_TEMPERATURE))
                .isEmpty());
        assertTrue(rule.check(Drafts.capsules()).isEmpty());
    }
}
