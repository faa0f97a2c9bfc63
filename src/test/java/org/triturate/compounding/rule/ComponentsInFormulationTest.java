package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;

class ComponentsInFormulationTest {

    private static final long LACTOSE = 12;

    private final ComponentsInFormulation rule = new ComponentsInFormulation();

    @Test
    void everyComponentOfTheFormulationPasses() {
        assertEquals(List.of(), rule.check(Records.record().build()));
    }

    @Test
    void aComponentOutsideTheFormulationIsAMismatchOnItsIngredient() {
        Records record = Records.record();
        record.components.add(new UsedComponent(
                2, LACTOSE, Records.DISTRIBUTOR, "LAC1", LocalDate.of(2028, 1, 31), Records.mg("1000")));
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.FORMULATION_MISMATCH, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("components[2].ingredientId", findings.get(0).field());
    }
}
