package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/** FORMULATION_RETIRED: an order is made by the current version of a master formulation, never a retired one. */
public final class FormulationNotRetired implements ApprovalRule {

    @Override
    public List<Finding> evaluate(OrderFacts order, FormulationFacts formulation) {
        if (formulation.retired()) {
            return List.of(Finding.fail(ErrorCode.FORMULATION_RETIRED, "formulationId",
                    formulation.name() + " is a retired version; choose the record's newest version"));
        }
        return List.of(Finding.pass(ErrorCode.FORMULATION_RETIRED, "Current formulation version"));
    }
}
