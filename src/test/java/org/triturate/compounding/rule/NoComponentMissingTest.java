package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

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
        List<Violation> violations = rule.check(record.build());
        assertEquals(1, violations.size());
        assertEquals(ErrorCode.COMPONENT_MISSING, violations.get(0).code());
        assertTrue(violations.get(0).message().contains("Microcrystalline"), violations.get(0).message());
    }
}
