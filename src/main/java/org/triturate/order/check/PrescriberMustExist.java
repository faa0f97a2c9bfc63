package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/** PRESCRIBER_NOT_FOUND: an order names a registered prescriber. */
public final class PrescriberMustExist implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.prescriber() == null) {
            return List.of(Finding.fail(ErrorCode.PRESCRIBER_NOT_FOUND, "prescriberId",
                    "No such prescriber is registered"));
        }
        return List.of(Finding.pass(ErrorCode.PRESCRIBER_NOT_FOUND, "Prescriber identified"));
    }
}
