package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.SERTRALINE;
import static org.triturate.order.rule.Facts.mg;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.FormulationFacts.FormulatedActive;

class FormulationMatchesOrderTest {

    private final FormulationMatchesOrder rule = new FormulationMatchesOrder();

    @Test
    void theSameFormActivesAndStrengthsPass() {
        Finding finding = only(Facts.order(), Facts.matchingFormulation());
        assertEquals(Outcome.PASS, finding.outcome());
        assertEquals(RuleCode.FORMULATION_MISMATCH, finding.code());
    }

    @Test
    void theSameStrengthInAnotherUnitPasses() {
        assertEquals(
                Outcome.PASS,
                only(
                                Facts.order(),
                                withActives(DosageForm.CAPSULE, new FormulatedActive(SERTRALINE, Facts.ug("37500"))))
                        .outcome());
    }

    @Test
    void anotherDosageFormFails() {
        assertFails(withActives(DosageForm.TABLET, new FormulatedActive(SERTRALINE, mg("37.5"))), "TABLET");
    }

    @Test
    void anotherStrengthFails() {
        assertFails(withActives(DosageForm.CAPSULE, new FormulatedActive(SERTRALINE, mg("25"))), "25 mg");
    }

    @Test
    void aMissingOrAnExtraActiveFails() {
        assertFails(withActives(DosageForm.CAPSULE, new FormulatedActive(Facts.LITHIUM, mg("37.5"))), "lacks");
        assertFails(
                withActives(
                        DosageForm.CAPSULE,
                        new FormulatedActive(SERTRALINE, mg("37.5")),
                        new FormulatedActive(Facts.LITHIUM, mg("300"))),
                "adds ingredient " + Facts.LITHIUM);
    }

    private void assertFails(FormulationFacts formulation, String detail) {
        Finding finding = only(Facts.order(), formulation);
        assertTrue(finding.blocks());
        assertEquals("formulationId", finding.field());
        assertTrue(finding.detail().contains(detail), finding.detail());
    }

    private Finding only(Facts order, FormulationFacts formulation) {
        List<Finding> findings = rule.check(order.build(), formulation);
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    private static FormulationFacts withActives(DosageForm form, FormulatedActive... actives) {
        FormulationFacts base = Facts.matchingFormulation();
        return new FormulationFacts(
                base.id(), base.name(), false, form, base.budDays(), List.of(actives), base.ingredients());
    }
}
