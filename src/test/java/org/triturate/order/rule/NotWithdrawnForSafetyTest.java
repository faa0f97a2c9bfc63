package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class NotWithdrawnForSafetyTest {

    private final NotWithdrawnForSafety rule = new NotWithdrawnForSafety();

    @Test
    void passesForAnActiveThatIsNotWithdrawn() {
        passes(rule, RuleCode.WITHDRAWN_FOR_SAFETY, Facts.order());
    }

    @Test
    void failsForAWithdrawnActive() {
        IngredientFacts withdrawn = new IngredientFacts(
                40, "Withdrawn drug", IngredientRole.ACTIVE, null, Set.of(), null, null, null, true, false, null);
        Facts facts = Facts.order().actives(Facts.active(0, withdrawn, mg("10")));
        assertEquals(
                "actives[0].ingredientId",
                onlyFailure(rule, RuleCode.WITHDRAWN_FOR_SAFETY, facts).field());
    }
}
