package org.triturate.order.rule;

import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

/** WITHDRAWN_FOR_SAFETY: 503A forbids compounding drugs withdrawn or removed from the market for safety. */
public final class NotWithdrawnForSafety extends ActiveRule {

    public NotWithdrawnForSafety() {
        super(RuleCode.WITHDRAWN_FOR_SAFETY, "No active is on the withdrawn-for-safety list");
    }

    @Override
    boolean offends(IngredientFacts ingredient) {
        return ingredient.withdrawnForSafety();
    }

    @Override
    String message(IngredientFacts ingredient) {
        return ingredient.name() + " was withdrawn or removed from the market for reasons of safety";
    }
}
