package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.Facts.mg;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.IngredientFacts;

class NotWithdrawnForSafetyTest {

    private final NotWithdrawnForSafety rule = new NotWithdrawnForSafety();

    @Test
    void passesForAnActiveThatIsNotWithdrawn() {
        passes(rule, ErrorCode.WITHDRAWN_FOR_SAFETY, Facts.order());
    }

    @Test
    void failsForAWithdrawnActive() {
        IngredientFacts withdrawn = new IngredientFacts(40, "Withdrawn drug", IngredientRole.ACTIVE, Set.of(), null,
                null, true, false, null);
        Facts facts = Facts.order().actives(Facts.active(0, withdrawn, mg("10")));
        assertEquals("actives[0].ingredientId", onlyFailure(rule, ErrorCode.WITHDRAWN_FOR_SAFETY, facts).field());
    }
}
