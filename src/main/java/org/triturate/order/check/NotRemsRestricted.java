package org.triturate.order.check;

import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.IngredientFacts;

/** REMS_RESTRICTED: a drug under a REMS (e.g. esketamine) may not be compounded for dispensing. */
public final class NotRemsRestricted extends ActiveRule {

    public NotRemsRestricted() {
        super(ErrorCode.REMS_RESTRICTED, "No active is REMS-restricted");
    }

    @Override
    boolean offends(IngredientFacts ingredient) {
        return ingredient.remsRestricted();
    }

    @Override
    String message(IngredientFacts ingredient) {
        return ingredient.name() + " is restricted by a REMS"
                + (ingredient.safetyNotice() == null ? "" : ": " + ingredient.safetyNotice());
    }
}
