package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/** INGREDIENT_NOT_FOUND: every {@code actives[]} entry names an ingredient of the catalog. */
public final class IngredientsMustExist implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        List<Finding> failures = facts.actives().stream()
                .filter(active -> active.ingredient() == null)
                .map(active -> Finding.fail(ErrorCode.INGREDIENT_NOT_FOUND, ActiveRule.ingredientField(active),
                        active.ingredientId() == null ? "An ingredientId is required"
                                : "No ingredient " + active.ingredientId() + " in the catalog"))
                .toList();
        return Finding.passUnless(failures, ErrorCode.INGREDIENT_NOT_FOUND, "Every active is in the catalog");
    }
}
