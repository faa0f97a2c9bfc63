package org.triturate.formulation.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

class PreparationTypeFitsFormTest {

    private final PreparationTypeFitsForm rule = new PreparationTypeFitsForm();

    @Test
    void nonaqueousSolidsAreUnitFormsAndAnhydrousTopicals() {
        Set<DosageForm> anhydrousTopicals = EnumSet.of(DosageForm.TOPICAL_CREAM, DosageForm.TOPICAL_GEL);
        for (DosageForm form : DosageForm.values()) {
            boolean fits = rule.check(
                            Drafts.of(form, PreparationType.NONAQUEOUS_SOLID, StorageCondition.ROOM_TEMPERATURE))
                    .isEmpty();
            assertEquals(
                    form.kind() == DosageForm.Kind.UNIT_FORM || anhydrousTopicals.contains(form), fits, form.name());
        }
    }

    @Test
    void nonaqueousOralLiquidsAreOralLiquidsOnly() {
        assertFits(DosageForm.ORAL_SOLUTION, PreparationType.NONAQUEOUS_ORAL_LIQUID);
        assertFits(DosageForm.ORAL_SUSPENSION, PreparationType.NONAQUEOUS_ORAL_LIQUID);
        assertMismatch(DosageForm.NASAL_SPRAY, PreparationType.NONAQUEOUS_ORAL_LIQUID);
        assertMismatch(DosageForm.CAPSULE, PreparationType.NONAQUEOUS_ORAL_LIQUID);
        assertMismatch(DosageForm.TOPICAL_CREAM, PreparationType.NONAQUEOUS_ORAL_LIQUID);
    }

    @Test
    void aqueousPreparationsAreLiquidsOrSemisolids() {
        for (PreparationType aqueous :
                new PreparationType[] {PreparationType.AQUEOUS_PRESERVED, PreparationType.AQUEOUS_NONPRESERVED}) {
            assertFits(DosageForm.ORAL_SUSPENSION, aqueous);
            assertFits(DosageForm.NASAL_SPRAY, aqueous);
            assertFits(DosageForm.TOPICAL_GEL, aqueous);
            assertMismatch(DosageForm.TROCHE, aqueous);
        }
    }

    private void assertFits(DosageForm form, PreparationType type) {
        assertTrue(
                rule.check(Drafts.of(form, type, StorageCondition.REFRIGERATED)).isEmpty(), form + " " + type);
    }

    private void assertMismatch(DosageForm form, PreparationType type) {
        Finding violation = Drafts.single(rule.check(Drafts.of(form, type, StorageCondition.REFRIGERATED)));
        assertEquals(RuleCode.PREPARATION_TYPE_MISMATCH, violation.code());
        assertEquals(Outcome.BLOCK, violation.outcome());
        assertEquals("preparationType", violation.field());
    }
}
