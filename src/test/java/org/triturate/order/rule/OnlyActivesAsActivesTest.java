package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class OnlyActivesAsActivesTest {

    private final OnlyActivesAsActives rule = new OnlyActivesAsActives();

    @Test
    void passesForActiveIngredients() {
        passes(rule, RuleCode.NOT_AN_ACTIVE, Facts.order());
    }

    @Test
    void failsForAnExcipientOrderedAsAnActive() {
        IngredientFacts lactose = new IngredientFacts(
                12,
                "Lactose monohydrate",
                IngredientRole.EXCIPIENT,
                null,
                Set.of(AllergenClass.LACTOSE),
                null,
                null,
                null,
                false,
                false,
                null);
        Facts facts = Facts.order()
                .actives(Facts.active(0, Facts.sertraline(), mg("37.5")), Facts.active(1, lactose, mg("100")));
        assertEquals(List.of("actives[1].ingredientId"), failedFields(rule, RuleCode.NOT_AN_ACTIVE, facts));
    }
}
