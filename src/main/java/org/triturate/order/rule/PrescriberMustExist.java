package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** PRESCRIBER_NOT_FOUND: an order names a registered prescriber. */
public final class PrescriberMustExist implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.prescriber() == null) {
            return List.of(
                    Finding.block(RuleCode.PRESCRIBER_NOT_FOUND, "prescriberId", "No such prescriber is registered"));
        }
        return List.of(Finding.pass(RuleCode.PRESCRIBER_NOT_FOUND, "Prescriber identified"));
    }
}
