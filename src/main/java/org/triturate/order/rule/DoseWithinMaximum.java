package org.triturate.order.rule;

import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * DOSE_ABOVE_MAXIMUM: strength × dose amount × times per day, converted to the unit of the active's maximum daily
 * dose, must not exceed it. An active without a sourced maximum is not judged.
 */
public final class DoseWithinMaximum extends DoseLimitRule {

    public DoseWithinMaximum() {
        super(RuleCode.DOSE_ABOVE_MAXIMUM, "a day");
    }

    @Override
    Quantity maximum(IngredientFacts ingredient) {
        return ingredient.maxDailyDose();
    }

    @Override
    Quantity amount(OrderedActive active, OrderFacts facts, Unit unit) {
        return DailyDose.of(active.strength(), facts.doseAmount(), facts.timesPerDay(), unit);
    }
}
