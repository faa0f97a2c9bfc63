package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class FormulationNotRetiredTest {

    private final FormulationNotRetired rule = new FormulationNotRetired();

    @Test
    void theActiveVersionPasses() {
        List<Finding> findings = rule.check(Facts.order().build(), Facts.matchingFormulation());
        assertEquals(
                List.of(Outcome.PASS), findings.stream().map(Finding::outcome).toList());
    }

    @Test
    void aRetiredVersionFails() {
        FormulationFacts base = Facts.matchingFormulation();
        FormulationFacts retired = new FormulationFacts(
                base.id(), base.name(), true, base.dosageForm(), base.budDays(), base.actives(), base.ingredients());
        List<Finding> findings = rule.check(Facts.order().build(), retired);
        assertEquals(1, findings.size());
        assertEquals(RuleCode.FORMULATION_RETIRED, findings.get(0).code());
        assertEquals("formulationId", findings.get(0).field());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
    }
}
