package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * YIELD_INSUFFICIENT: a batch that yields less than the ordered quantity cannot fill the order; the overage is
 * there to cover what is lost in making it.
 */
public final class YieldCoversOrder implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        if (!facts.batchYield().unit().convertsTo(facts.orderedQuantity().unit())
                || facts.batchYield().compareTo(facts.orderedQuantity()) >= 0) {
            return List.of(); // a yield in a unit of another kind is YieldCountedInForm's finding
        }
        return List.of(Finding.block(
                RuleCode.YIELD_INSUFFICIENT,
                "yield",
                "The batch yielded " + facts.batchYield() + ", less than the " + facts.orderedQuantity()
                        + " ordered; compound again rather than dispense short"));
    }
}
