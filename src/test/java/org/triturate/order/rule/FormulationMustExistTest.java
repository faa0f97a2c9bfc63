package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

class FormulationMustExistTest {

    private final FormulationMustExist rule = new FormulationMustExist();

    @Test
    void anExistingFormulationSaysNothing() {
        assertEquals(List.of(), rule.check(new ApprovalFacts(Facts.order().build(), Facts.matchingFormulation())));
    }

    @Test
    void aMissingFormulationBlocksOnTheFormulationId() {
        List<Finding> findings = rule.check(new ApprovalFacts(Facts.order().build(), null));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).blocks());
        assertEquals(RuleCode.FORMULATION_NOT_FOUND, findings.get(0).code());
        assertEquals("formulationId", findings.get(0).field());
    }
}
