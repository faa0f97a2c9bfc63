package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.check.Facts.mg;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.IngredientFacts;

class NotRemsRestrictedTest {

    private final NotRemsRestricted rule = new NotRemsRestricted();

    @Test
    void passesForAnActiveWithoutARems() {
        passes(rule, ErrorCode.REMS_RESTRICTED, Facts.order());
    }

    @Test
    void failsForEsketamineAndQuotesItsRems() {
        IngredientFacts esketamine = new IngredientFacts(10, "Esketamine", IngredientRole.ACTIVE, Set.of(),
                DeaSchedule.III, null, false, true, "Spravato REMS: only in certified healthcare settings");
        Finding failure = onlyFailure(rule, ErrorCode.REMS_RESTRICTED,
                Facts.order().actives(Facts.active(0, esketamine, mg("28"))));
        assertEquals("actives[0].ingredientId", failure.field());
        assertTrue(failure.detail().contains("Spravato REMS"), failure.detail());
    }
}
