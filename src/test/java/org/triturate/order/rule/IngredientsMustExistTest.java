package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.Facts.mg;
import static org.triturate.order.check.RuleAssertions.failedFields;
import static org.triturate.order.check.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.OrderedActive;

class IngredientsMustExistTest {

    private final IngredientsMustExist rule = new IngredientsMustExist();

    @Test
    void passesWhenEveryActiveIsInTheCatalog() {
        passes(rule, ErrorCode.INGREDIENT_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOncePerUnknownIngredient() {
        Facts facts = Facts.order().actives(
                new OrderedActive(0, 999L, mg("10"), null),
                Facts.active(1, Facts.sertraline(), mg("25")),
                new OrderedActive(2, null, mg("10"), null));
        assertEquals(List.of("actives[0].ingredientId", "actives[2].ingredientId"),
                failedFields(rule, ErrorCode.INGREDIENT_NOT_FOUND, facts));
    }
}
