package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** COMPOUNDED_IN_FUTURE: a record documents what was done, so it cannot be dated after today. */
public final class NotCompoundedInFuture implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        if (!facts.compoundedOn().isAfter(facts.today())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.COMPOUNDED_IN_FUTURE,
                "compoundedOn",
                facts.compoundedOn() + " is after today (" + facts.today() + ")"));
    }
}
