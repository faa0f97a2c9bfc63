package org.triturate.order.check;

import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.IngredientFacts;

/** WITHDRAWN_FOR_SAFETY: 503A forbids compounding drugs withdrawn or removed from the market for safety. */
public final class NotWithdrawnForSafety extends ActiveRule {

    public NotWithdrawnForSafety() {
        super(ErrorCode.WITHDRAWN_FOR_SAFETY, "No active is on the withdrawn-for-safety list");
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
