package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class NoComponentMissingTest {

    private final NoComponentMissing rule = new NoComponentMissing();

    @Test
    void everyIngredientWithALotPasses() {
        assertEquals(List.of(), rule.check(Records.record().build()));
    }

    @Test
    void aQsIngredientWithoutALotIsMissing() {
        Records record = Records.record();
        record.components.remove(1);
        List<Finding> findings = rule.check(record.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.COMPONENT_MISSING, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("Microcrystalline"),
                findings.get(0).detail());
    }
}
