package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class SupplyWithinBeyondUseDateTest {

    private final SupplyWithinBeyondUseDate rule = new SupplyWithinBeyondUseDate();

    private List<Finding> check(Integer daysSupply, int budDays) {
        Facts order = Facts.order();
        order.daysSupply = daysSupply;
        FormulationFacts base = Facts.matchingFormulation();
        FormulationFacts formulation = new FormulationFacts(
                base.id(), base.name(), false, base.dosageForm(), budDays, base.actives(), base.ingredients());
        return rule.check(new ApprovalFacts(order.build(), formulation));
    }

    @Test
    void aSupplyUsedUpWithinTheBeyondUseDaysSaysNothing() {
        assertEquals(List.of(), check(30, 30));
        assertEquals(List.of(), check(null, 14));
    }

    @Test
    void aLongerSupplyWarns() {
        List<Finding> findings = check(30, 14);
        assertEquals(1, findings.size());
        assertEquals(RuleCode.SUPPLY_EXCEEDS_BUD, findings.get(0).code());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("14 beyond-use days"),
                findings.get(0).detail());
    }

    @Test
    void aFormulationThatDoesNotExistIsNotJudged() {
        Facts order = Facts.order();
        order.daysSupply = 366;
        assertEquals(List.of(), rule.check(new ApprovalFacts(order.build(), null)));
    }
}
