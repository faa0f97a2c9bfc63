package org.triturate.order.rule;

import java.util.List;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * SINGLE_DOSE_ABOVE_MAXIMUM: strength × dose amount, converted to the unit of the active's maximum single dose, must
 * not exceed it. The labelled single-dose limits are those of immediate release (bupropion hydrochloride: 150 mg
 * immediate release, 200 mg sustained release), so only IMMEDIATE orders are judged.
 */
public final class SingleDoseWithinMaximum extends DoseLimitRule {

    public SingleDoseWithinMaximum() {
        super(RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, "per dose");
    }

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.releaseType() != ReleaseType.IMMEDIATE) {
            return List.of(Finding.pass(
                    RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM,
                    "Single-dose maximums are labelled for immediate release; a " + facts.releaseType()
                            + " release order is not judged"));
        }
        return super.check(facts);
    }

    @Override
    Quantity maximum(IngredientFacts ingredient) {
        return ingredient.maxSingleDose();
    }

    @Override
    Quantity amount(OrderedActive active, OrderFacts facts, Unit unit) {
        return DailyDose.perDose(active.strength(), facts.doseAmount(), unit);
    }
}
