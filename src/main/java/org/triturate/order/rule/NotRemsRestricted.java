package org.triturate.order.rule;

import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

/** REMS_RESTRICTED: a drug under a REMS (e.g. esketamine) may not be compounded for dispensing. */
public final class NotRemsRestricted extends ActiveRule {

    public NotRemsRestricted() {
        super(RuleCode.REMS_RESTRICTED, "No active is REMS-restricted");
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
