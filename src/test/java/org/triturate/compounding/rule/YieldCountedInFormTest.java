package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class YieldCountedInFormTest {

    private final YieldCountedInForm rule = new YieldCountedInForm();

    @Test
    void capsulesAreCountedInUnits() {
        assertEquals(List.of(), rule.check(Records.record().build()));
    }

    @Test
    void aCreamMayYieldInAnyMassUnit() {
        Records cream = Records.record();
        cream.dosageForm = DosageForm.TOPICAL_CREAM;
        cream.batchYield = Quantity.of("30", Unit.G);
        assertEquals(List.of(), rule.check(cream.build()));
    }

    @Test
    void capsulesYieldingMillilitresAreRefusedOnTheYieldUnit() {
        Records record = Records.record();
        record.batchYield = Quantity.of("30", Unit.ML);
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.INVALID_STRENGTH_UNIT, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("yield.unit", findings.get(0).field());
    }
}
