package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.prescriber.PrescriberStatus;

/** PRESCRIBER_INACTIVE: only a prescriber whose registry status is ACTIVE may order. */
public final class PrescriberMustBeActive implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.prescriber() == null) {
            return List.of();
        }
        if (facts.prescriber().status() != PrescriberStatus.ACTIVE) {
            return List.of(Finding.fail(ErrorCode.PRESCRIBER_INACTIVE, "prescriberId",
                    "The prescriber's status is " + facts.prescriber().status()));
        }
        return List.of(Finding.pass(ErrorCode.PRESCRIBER_INACTIVE, "Prescriber is active"));
    }
}
