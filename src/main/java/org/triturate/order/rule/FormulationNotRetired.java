package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

/** FORMULATION_RETIRED: an order is made by the current version of a master formulation, never a retired one. */
public final class FormulationNotRetired extends FormulationRule {

    @Override
    List<Finding> check(OrderFacts order, FormulationFacts formulation) {
        if (formulation.retired()) {
            return List.of(Finding.block(
                    RuleCode.FORMULATION_RETIRED,
                    "formulationId",
                    formulation.name() + " is a retired version; choose the record's newest version"));
        }
        return List.of(Finding.pass(RuleCode.FORMULATION_RETIRED, "Current formulation version"));
    }
}
