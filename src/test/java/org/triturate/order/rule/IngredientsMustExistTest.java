package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.OrderedActive;

class IngredientsMustExistTest {

    private final IngredientsMustExist rule = new IngredientsMustExist();

    @Test
    void passesWhenEveryActiveIsInTheCatalog() {
        passes(rule, RuleCode.INGREDIENT_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOncePerUnknownIngredient() {
        Facts facts = Facts.order()
                .actives(
                        new OrderedActive(0, 999L, mg("10"), null),
                        Facts.active(1, Facts.sertraline(), mg("25")),
                        new OrderedActive(2, null, mg("10"), null));
        assertEquals(
                List.of("actives[0].ingredientId", "actives[2].ingredientId"),
                failedFields(rule, RuleCode.INGREDIENT_NOT_FOUND, facts));
    }
}
