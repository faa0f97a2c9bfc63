package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/** COMPOUNDED_IN_FUTURE: a record documents what was done, so it cannot be dated after today. */
public final class NotCompoundedInFuture implements CompoundingRule {

    @Override
    public List<Violation> check(CompoundingFacts facts) {
        if (!facts.compoundedOn().isAfter(facts.today())) {
            return List.of();
        }
        return List.of(Violation.ofField(ErrorCode.COMPOUNDED_IN_FUTURE, "compoundedOn",
                facts.compoundedOn() + " is after today (" + facts.today() + ")"));
    }
}
