package org.triturate.order.rule;

import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

/** NOT_AN_ACTIVE: excipients are the pharmacist's choice in the formulation, never an ordered active. */
public final class OnlyActivesAsActives extends ActiveRule {

    public OnlyActivesAsActives() {
        super(RuleCode.NOT_AN_ACTIVE, "Every entry is an active ingredient");
    }

    @Override
    boolean offends(IngredientFacts ingredient) {
        return ingredient.role() != IngredientRole.ACTIVE;
    }

    @Override
    String message(IngredientFacts ingredient) {
        return ingredient.name() + " is an excipient, not an active ingredient";
    }
}
