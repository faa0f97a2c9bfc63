package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** INGREDIENT_NOT_FOUND: every {@code actives[]} entry names an ingredient of the catalog. */
public final class IngredientsMustExist implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.actives().stream()
                .filter(active -> active.ingredient() == null)
                .map(active -> Finding.block(
                        RuleCode.INGREDIENT_NOT_FOUND,
                        ActiveRule.ingredientField(active),
                        active.ingredientId() == null
                                ? "An ingredientId is required"
                                : "No ingredient " + active.ingredientId() + " in the catalog"))
                .toList();
        return Finding.passUnless(failures, RuleCode.INGREDIENT_NOT_FOUND, "Every active is in the catalog");
    }
}
