package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.prescriber.PrescriberStatus;

/** PRESCRIBER_INACTIVE: only a prescriber whose registry status is ACTIVE may order. */
public final class PrescriberMustBeActive implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.prescriber() == null) {
            return List.of();
        }
        if (facts.prescriber().status() != PrescriberStatus.ACTIVE) {
            return List.of(Finding.block(
                    RuleCode.PRESCRIBER_INACTIVE,
                    "prescriberId",
                    "The prescriber's status is " + facts.prescriber().status()));
        }
        return List.of(Finding.pass(RuleCode.PRESCRIBER_INACTIVE, "Prescriber is active"));
    }
}
