package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** INVALID_STRENGTH_UNIT: a yield is counted like the order's quantity, e.g. capsules in units, a cream in grams. */
public final class YieldCountedInForm implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        if (facts.batchYield().unit().convertsTo(facts.dosageForm().amountUnit())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.INVALID_STRENGTH_UNIT,
                "yield.unit",
                "A yield of " + facts.dosageForm() + " is counted in "
                        + facts.dosageForm().amountUnit()));
    }
}
