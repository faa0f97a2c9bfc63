package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class NotRemsRestrictedTest {

    private final NotRemsRestricted rule = new NotRemsRestricted();

    @Test
    void passesForAnActiveWithoutARems() {
        passes(rule, RuleCode.REMS_RESTRICTED, Facts.order());
    }

    @Test
    void failsForEsketamineAndQuotesItsRems() {
        IngredientFacts esketamine = new IngredientFacts(
                10,
                "Esketamine",
                IngredientRole.ACTIVE,
                null,
                Set.of(),
                DeaSchedule.III,
                null,
                null,
                false,
                true,
                "Spravato REMS: only in certified healthcare settings");
        Finding failure = onlyFailure(
                rule, RuleCode.REMS_RESTRICTED, Facts.order().actives(Facts.active(0, esketamine, mg("28"))));
        assertEquals("actives[0].ingredientId", failure.field());
        assertTrue(failure.detail().contains("Spravato REMS"), failure.detail());
    }
}
