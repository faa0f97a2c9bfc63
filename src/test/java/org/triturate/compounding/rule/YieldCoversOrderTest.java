package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class YieldCoversOrderTest {

    private final YieldCoversOrder rule = new YieldCoversOrder();

    @Test
    void theOrderedQuantityOrMoreIsEnough() {
        assertEquals(List.of(), rule.check(Records.record().build()));
        Records overage = Records.record();
        overage.batchYield = Quantity.of("31", Unit.UNIT);
        assertEquals(List.of(), rule.check(overage.build()));
    }

    @Test
    void oneCapsuleShortIsInsufficient() {
        Records record = Records.record();
        record.batchYield = Quantity.of("29", Unit.UNIT);
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.YIELD_INSUFFICIENT, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("yield", findings.get(0).field());
        assertTrue(findings.get(0).detail().contains("29 unit"), findings.get(0).detail());
    }

    @Test
    void aCreamsYieldIsComparedAcrossMassUnits() {
        Records cream = Records.record();
        cream.dosageForm = DosageForm.TOPICAL_CREAM;
        cream.orderedQuantity = Quantity.of("30", Unit.G);
        cream.batchYield = Quantity.of("30000", Unit.MG);
        assertEquals(List.of(), rule.check(cream.build()));
        cream.batchYield = Quantity.of("29999", Unit.MG);
        assertEquals(
                RuleCode.YIELD_INSUFFICIENT, rule.check(cream.build()).get(0).code());
    }

    @Test
    void aYieldOfAnotherKindIsLeftToTheUnitRule() {
        Records record = Records.record();
        record.batchYield = Quantity.of("5", Unit.ML);
        assertEquals(List.of(), rule.check(record.build()));
    }
}
