package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** WRITTEN_IN_FUTURE: a prescription is signed before it is filled; a later {@code writtenOn} is a typing error. */
public final class NotWrittenInFuture implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.writtenOn().isAfter(facts.today())) {
            return List.of(Finding.block(
                    RuleCode.WRITTEN_IN_FUTURE,
                    "writtenOn",
                    "A prescription written on " + facts.writtenOn() + " is dated after today (" + facts.today()
                            + ")"));
        }
        return List.of(Finding.pass(RuleCode.WRITTEN_IN_FUTURE, "Written on " + facts.writtenOn()));
    }
}
